import { describe, expect, it } from "vitest";
import {
  ARABIC_MONTHS,
  ARABIC_WEEKDAYS,
  ENGLISH_MONTHS,
  CURRENCY_DISPLAY_NAMES,
  monthFromName,
  weekdayFromName,
} from "../src/values/index.js";

describe("month and weekday tables", () => {
  it("has twelve months in both Arabic systems", () => {
    expect(ARABIC_MONTHS.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ARABIC_MONTHS[0]?.names).toContain("يناير");
    expect(ARABIC_MONTHS[0]?.names).toContain("كانون الثاني");
    expect(ENGLISH_MONTHS[10]?.names).toContain("November");
  });

  it("looks month names up in either system, with or without hamza and diacritics", () => {
    expect(monthFromName("يوليو")).toBe(7);
    expect(monthFromName("تموز")).toBe(7);
    expect(monthFromName("آذار")).toBe(3);
    expect(monthFromName("اذار")).toBe(3);
    expect(monthFromName("أكتوبر")).toBe(10);
    expect(monthFromName("اكتوبر")).toBe(10);
    expect(monthFromName("تشرين  الأول")).toBe(10);
    expect(monthFromName("تشرين الثاني")).toBe(11);
    expect(monthFromName("كانون الأول")).toBe(12);
    expect(monthFromName("كانون الثاني")).toBe(1);
    expect(monthFromName("أيلول")).toBe(9);
    expect(monthFromName("نوفمبـــر")).toBe(11);
    expect(monthFromName("NOVEMBER")).toBe(11);
    expect(monthFromName("شركة")).toBeNull();
  });

  it("looks weekday names up", () => {
    expect(ARABIC_WEEKDAYS).toHaveLength(7);
    expect(weekdayFromName("الاثنين")).toBe(1);
    expect(weekdayFromName("الإثنين")).toBe(1);
    expect(weekdayFromName("الأحد")).toBe(0);
    expect(weekdayFromName("السبت")).toBe(6);
    expect(weekdayFromName("Friday")).toBe(5);
    expect(weekdayFromName("غدا")).toBeNull();
  });

  it("rejects a non-string name", () => {
    expect(() => monthFromName(3 as unknown as string)).toThrow(TypeError);
    expect(() => weekdayFromName(null as unknown as string)).toThrow(/name/);
  });

  it("carries generated currency names in Arabic and English", () => {
    const usd = CURRENCY_DISPLAY_NAMES.find(([code]) => code === "USD");
    expect(usd).toEqual(["USD", "دولار أمريكي", "US Dollar"]);
    expect(CURRENCY_DISPLAY_NAMES.length).toBeGreaterThan(100);
  });
});
