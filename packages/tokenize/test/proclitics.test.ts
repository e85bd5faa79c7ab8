import { describe, expect, it } from "vitest";
import { procliticAnalyses } from "../src/index.js";

describe("procliticAnalyses", () => {
  it("offers every proclitic stack, shortest first", () => {
    expect(procliticAnalyses("وللشركة")).toEqual([
      { prefix: "و", stem: "للشركة" },
      { prefix: "ول", stem: "لشركة" },
      { prefix: "ولل", stem: "شركة" },
    ]);
    expect(procliticAnalyses("بمايكروسوفت")).toEqual([{ prefix: "ب", stem: "مايكروسوفت" }]);
    expect(procliticAnalyses("والولايات")).toEqual([
      { prefix: "و", stem: "الولايات" },
      { prefix: "وال", stem: "ولايات" },
    ]);
    expect(procliticAnalyses("فبالذكاء").map((a) => a.prefix)).toEqual(["ف", "فب", "فبال"]);
    expect(procliticAnalyses("كالشركة").map((a) => a.prefix)).toEqual(["ك", "كال"]);
  });

  it("keeps diacritics and the tatweel with the proclitic", () => {
    expect(procliticAnalyses("وَالشركة")).toEqual([
      { prefix: "وَ", stem: "الشركة" },
      { prefix: "وَال", stem: "شركة" },
    ]);
    expect(procliticAnalyses("لـOpenAI")).toEqual([{ prefix: "لـ", stem: "OpenAI" }]);
  });

  it("offers candidates only: the caller checks the stem", () => {
    // «بريطانيا» is not «ب» + «ريطانيا», but only a lexicon can say so.
    expect(procliticAnalyses("بريطانيا")).toEqual([{ prefix: "ب", stem: "ريطانيا" }]);
  });

  it("needs a stem of two Arabic letters or one Latin letter or digit", () => {
    expect(procliticAnalyses("بل")).toEqual([]);
    expect(procliticAnalyses("وX")).toEqual([{ prefix: "و", stem: "X" }]);
    expect(procliticAnalyses("ب5")).toEqual([{ prefix: "ب", stem: "5" }]);
    expect(procliticAnalyses("ال")).toEqual([]);
  });

  it("finds nothing in words without proclitics", () => {
    expect(procliticAnalyses("مايكروسوفت")).toEqual([]);
    expect(procliticAnalyses("OpenAI")).toEqual([]);
    expect(procliticAnalyses("")).toEqual([]);
    expect(procliticAnalyses("\uD800و")).toEqual([]);
  });

  it("rejects a non-string word", () => {
    expect(() => procliticAnalyses(7 as unknown as string)).toThrow(/word/);
  });
});
