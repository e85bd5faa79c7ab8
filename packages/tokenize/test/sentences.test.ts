import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentences } from "../src/index.js";

const split = (text: string, lineBreaks?: "line" | "paragraph"): string[] =>
  sentences(text, lineBreaks ? { lineBreaks } : {}).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it("splits Arabic and Latin sentence punctuation", () => {
    expect(split("تسعى الشركة إلى النمو. هل تنجح؟ نعم! ربما… Really? Yes.")).toEqual([
      "تسعى الشركة إلى النمو.",
      "هل تنجح؟",
      "نعم!",
      "ربما…",
      "Really?",
      "Yes.",
    ]);
  });

  it("ends a sentence at a line break (headlines, datelines)", () => {
    expect(split("إعادة هيكلة الشراكة\nوفقًا لمصادر مطلعة، تركز المحادثات .\r\n\r\nشراكة متأزمة")).toEqual([
      "إعادة هيكلة الشراكة",
      "وفقًا لمصادر مطلعة، تركز المحادثات .",
      "شراكة متأزمة",
    ]);
  });

  it("can end sentences only at blank lines for hard-wrapped text", () => {
    expect(split("سطر أول\nيكمل الجملة\n\nفقرة ثانية", "paragraph")).toEqual(["سطر أول\nيكمل الجملة", "فقرة ثانية"]);
  });

  it("does not split decimals, abbreviations, initials or domains", () => {
    expect(split("استثمرت 13.75 مليار دولار. ثم توقفت.")).toEqual(["استثمرت 13.75 مليار دولار.", "ثم توقفت."]);
    expect(split("The U.S. market and Allen & Co. said so. Then J. K. Rowling spoke.")).toEqual([
      "The U.S. market and Allen & Co. said so.",
      "Then J. K. Rowling spoke.",
    ]);
    expect(split("زوروا openai.com الآن. شكرًا")).toEqual(["زوروا openai.com الآن.", "شكرًا"]);
    expect(split("e.g. this one")).toEqual(["e.g. this one"]);
  });

  it("ends a sentence at a period glued to the next Arabic word", () => {
    expect(split("وفقًا لمصادر مطلعة على خطط الشركة.وبحسب ما ورد")).toEqual([
      "وفقًا لمصادر مطلعة على خطط الشركة.",
      "وبحسب ما ورد",
    ]);
  });

  it("does not split inside quotes, in either quote order", () => {
    expect(split("قال ألتمان: “نحن ممتنون. نحن متحمسون”. ثم غادر.")).toEqual([
      "قال ألتمان: “نحن ممتنون. نحن متحمسون”.",
      "ثم غادر.",
    ]);
    expect(split("قال: «نحن هنا. دائمًا». انتهى")).toEqual(["قال: «نحن هنا. دائمًا».", "انتهى"]);
    expect(split("يُعرف بأنه ” أنظمة تتفوق. على البشر “، نقطة محورية . تالية")).toEqual([
      "يُعرف بأنه ” أنظمة تتفوق. على البشر “، نقطة محورية .",
      "تالية",
    ]);
    expect(split('He said "Stop. Now!" Then left.')).toEqual(['He said "Stop. Now!"', "Then left."]);
  });

  it("recovers from a quote that is never closed", () => {
    const text = `قال: “${"كلام طويل ".repeat(150)}. جملة تالية.`;
    expect(sentences(text).length).toBeGreaterThan(1);
  });

  it("trims white space and drops empty sentences", () => {
    expect(sentences("  \n جملة.  \n\n ")).toEqual([{ start: 4, end: 9 }]);
    expect(sentences("")).toEqual([]);
    expect(sentences(" . ")).toEqual([{ start: 1, end: 2 }]);
  });

  it("rejects a non-string text", () => {
    expect(() => sentences(null as unknown as string)).toThrow(/text/);
  });

  it("keeps spans within bounds, ordered, trimmed, and never throws", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.array(fc.constantFrom("جملة", "U.S", ".", "؟", "!", "…", " ", "\n", "\r\n", "“", "”", "«", "»", '"', "13", "Inc", "a", "\uDC00")).map((p) =>
        p.join(""),
      ),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const span of sentences(text)) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(/^\s|\s$/u.test(text.slice(span.start, span.end))).toBe(false);
          previousEnd = span.end;
        }
      }),
    );
  });
});
