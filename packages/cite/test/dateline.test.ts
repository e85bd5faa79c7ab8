import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDateline } from "../src/extract/index.js";

function parsed(text: string, options?: Parameters<typeof parseDateline>[1]) {
  const r = parseDateline(text, options);
  return r === null ? null : { date: r.date, time: r.time, weekday: r.weekday, hijri: r.hijri };
}

describe("parseDateline", () => {
  it("reads the seed article's dateline", () => {
    const text = "11:02 ص, الأحد, 20 أكتوبر 24";
    const r = parseDateline(text);
    expect(r).toMatchObject({ date: "2024-10-20", time: "11:02", weekday: 0 });
    expect(text.slice(r!.spans.date.start, r!.spans.date.end)).toBe("20 أكتوبر 24");
    expect(text.slice(r!.spans.time!.start, r!.spans.time!.end)).toBe("11:02 ص");
    expect(text.slice(r!.spans.weekday!.start, r!.spans.weekday!.end)).toBe("الأحد");
    expect([r!.start, r!.end]).toEqual([0, text.length]);
  });

  it("reads both digit systems and both commas", () => {
    expect(parsed("١١:٠٢ م، الأحد، ٢٠ أكتوبر ٢٠٢٤")).toEqual({ date: "2024-10-20", time: "23:02", weekday: 0, hijri: undefined });
    expect(parsed("۲۰ أكتوبر ۲۰۲۴")?.date).toBe("2024-10-20");
    expect(parsed("الأحد, 20 أكتوبر, 2024")?.date).toBe("2024-10-20");
  });

  it("reads month names with or without hamza and every month system", () => {
    expect(parsed("20 اكتوبر 2024")?.date).toBe("2024-10-20");
    expect(parsed("3 إبريل 2025")?.date).toBe("2025-04-03");
    expect(parsed("20 تشرين الأول 2024")?.date).toBe("2024-10-20");
    expect(parsed("5 كانون الثاني 2025")?.date).toBe("2025-01-05");
    expect(parsed("1 آب 2024")?.date).toBe("2024-08-01");
    expect(parsed("12 شتنبر 2024")?.date).toBe("2024-09-12");
    expect(parsed("20 أكتوبر/تشرين الأول 2024")?.date).toBe("2024-10-20");
    expect(parsed("20 تشرين الأول (أكتوبر) 2024")?.date).toBe("2024-10-20");
    expect(parsed("October 20, 2024")?.date).toBe("2024-10-20");
  });

  it("keeps the precision of the text", () => {
    expect(parsed("يوليو 2025")?.date).toBe("2025-07");
    expect(parsed("نوفمبر 2023")?.date).toBe("2023-11");
  });

  it("reads numeric dates, day first unless told otherwise", () => {
    expect(parsed("20/10/2024")?.date).toBe("2024-10-20");
    expect(parsed("٢٠٢٤/١٠/٢٠")?.date).toBe("2024-10-20");
    expect(parsed("2024-10-20 14:30")).toMatchObject({ date: "2024-10-20", time: "14:30" });
    expect(parsed("03/11/2025")?.date).toBe("2025-11-03");
    expect(parsed("03/11/2025", { numericOrder: "mdy" })?.date).toBe("2025-03-11");
    expect(parsed("13/13/2025")).toBeNull();
  });

  it("applies ص/م and the spelled-out parts of the day", () => {
    expect(parsed("12:30 ص 20 أكتوبر 2024")?.time).toBe("00:30");
    expect(parsed("12:30 م 20 أكتوبر 2024")?.time).toBe("12:30");
    expect(parsed("09:15 مساءً 20 أكتوبر 2024")?.time).toBe("21:15");
    expect(parsed("09:15 صباحًا 20 أكتوبر 2024")?.time).toBe("09:15");
    expect(parsed("1:05 ظهرًا 20 أكتوبر 2024")?.time).toBe("13:05");
    expect(parsed("11:02 PM, October 20, 2024")?.time).toBe("23:02");
    expect(parsed("15:00 ص 20 أكتوبر 2024")).toBeNull();
    expect(parsed("25:00 20 أكتوبر 2024")).toBeNull();
  });

  it("expands two-digit years like POSIX %y", () => {
    expect(parsed("20 أكتوبر 24")?.date).toBe("2024-10-20");
    expect(parsed("20 أكتوبر 99")?.date).toBe("1999-10-20");
    expect(parsed("20/10/24")?.date).toBe("2024-10-20");
  });

  it("skips dateline labels and a few other words (a city, a byline)", () => {
    expect(parsed("نشر في: الأحد 20 أكتوبر 2024 - 09:15 مساءً")).toMatchObject({ date: "2024-10-20", time: "21:15", weekday: 0 });
    expect(parsed("آخر تحديث: 20 أكتوبر 2024 بتوقيت القاهرة")?.date).toBe("2024-10-20");
    expect(parsed("القاهرة - 20 أكتوبر 2024")?.date).toBe("2024-10-20");
    expect(parsed("20 أكتوبر 2024م")?.date).toBe("2024-10-20");
  });

  it("returns null rather than a wrong date", () => {
    expect(parsed("31 فبراير 2024")).toBeNull();
    expect(parsed("29 فبراير 2023")).toBeNull();
    expect(parsed("29 فبراير 2024")?.date).toBe("2024-02-29");
    expect(parsed("الاثنين، 20 أكتوبر 2024")).toBeNull(); // 2024-10-20 was a Sunday
    expect(parsed("الاثنين 3 نوفمبر")).toBeNull(); // no year
    expect(parsed("11:02 ص")).toBeNull(); // a time is not a date
    expect(parsed("20 أكتوبر 2024 و 5 نوفمبر 2024")).toBeNull(); // two dates
    expect(parsed("20 أكتوبر/نوفمبر 2024")).toBeNull(); // two different months
    expect(parsed("20 أكتوبر 2024 5")).toBeNull(); // a stray number
    expect(parsed("سام ألتمان، الرئيس التنفيذي لشركة OpenAI، في البيت الأبيض في سبتمبر 2025")).toBeNull();
    expect(parsed("")).toBeNull();
    expect(parsed("مرحبا")).toBeNull();
  });

  it("reads Hijri dates only when asked, converting with Umm al-Qura", () => {
    expect(parsed("17 ربيع الآخر 1446 هـ")).toBeNull();
    expect(parsed("17 ربيع الآخر 1446 هـ", { calendar: "hijri" })).toEqual({
      date: "2024-10-20",
      hijri: "1446-04-17",
      time: undefined,
      weekday: undefined,
    });
    expect(parsed("1 رمضان 1445", { calendar: "hijri" })?.date).toBe("2024-03-11");
    expect(parsed("1445/9/1 هـ", { calendar: "hijri" })?.date).toBe("2024-03-11");
    // Dual datelines must agree.
    expect(parsed("الأحد 17 ربيع الآخر 1446 هـ الموافق 20 أكتوبر 2024 م", { calendar: "hijri" })).toMatchObject({
      date: "2024-10-20",
      hijri: "1446-04-17",
      weekday: 0,
    });
    expect(parsed("17 ربيع الآخر 1446 هـ الموافق 20 مايو 2024 م", { calendar: "hijri" })).toBeNull();
    expect(parsed("30 محرم 1446", { calendar: "hijri" })).toBeNull(); // Muharram 1446 had 29 days
    expect(parsed("30 صفر 1446", { calendar: "hijri" })?.date).toBe("2024-09-03");
    expect(parsed("20 أكتوبر 2024 هـ", { calendar: "hijri" })).toBeNull(); // a Gregorian month marked Hijri
  });

  it("throws a TypeError naming the argument", () => {
    expect(() => parseDateline(42 as unknown as string)).toThrow(/text/);
    expect(() => parseDateline(null as unknown as string)).toThrow(TypeError);
  });

  it("never throws; spans lie in the text; deterministic", () => {
    const pieces = fc.constantFrom("20", "٢٠", "24", "2024", ":", "11", "02", " ", "،", ",", "/", "-", "أكتوبر", "تشرين", "الأول", "ص", "م", "الأحد", "هـ", "رمضان", "\u200f", "\ud800", "x");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces).map((a) => a.join(""))), fc.boolean(), (text, hijri) => {
        const options = hijri ? { calendar: "hijri" as const } : {};
        const r = parseDateline(text, options);
        expect(parseDateline(text, options)).toEqual(r);
        if (r !== null) {
          expect(r.date).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
          for (const span of [r, ...Object.values(r.spans)]) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(span.start).toBeLessThan(span.end);
          }
        }
      }),
    );
  });
});
