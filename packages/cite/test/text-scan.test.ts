import { describe, expect, it } from "vitest";
import { scanWords } from "../src/extract/text-scan.js";

describe("scanWords", () => {
  it("finds words with their offsets, across Arabic, Latin and digits", () => {
    const text = "قال Satya ناديلا، 2024!";
    expect(scanWords(text).map((w) => [w.start, w.end, w.text])).toEqual([
      [0, 3, "قال"],
      [4, 9, "Satya"],
      [10, 16, "ناديلا"],
      [18, 22, "2024"],
    ]);
  });

  it("keeps a word longer than the regex chunk whole, and stops at `to`", () => {
    const word = "ب".repeat(10_000);
    const text = `${word} و${word}`;
    expect(scanWords(text).map((w) => [w.start, w.end])).toEqual([
      [0, 10_000],
      [10_001, 20_002],
    ]);
    expect(scanWords(text, 0, 5000).map((w) => [w.start, w.end])).toEqual([[0, 5000]]);
  });

  it("does not overflow the stack on a 6.8 M-character word", () => {
    // An unbounded `+` over one character class overflowed V8's regex backtracking stack here.
    const text = "بمايكروسوفتOpenAI".repeat(400_000);
    const words = scanWords(text, 0, text.length, 2);
    expect(words.map((w) => [w.start, w.end])).toEqual([[0, text.length]]);
  });
});

describe("extractors on one huge run of letters or digits", () => {
  it("never throw and find nothing", async () => {
    const { extractMetadata, extractAttributions, parseDateline } = await import("../src/index.js");
    for (const text of ["بمايكروسوفتOpenAI".repeat(400_000), "1".repeat(7_000_000)]) {
      expect(parseDateline(text)).toBeNull();
      expect(extractMetadata(text).type).toBe("article-newspaper");
      expect(extractAttributions(text)).toEqual([]);
    }
  });

  it("parseDateline reads a digit run longer than one chunk as one number", async () => {
    const { parseDateline } = await import("../src/index.js");
    // Split into chunks, the tail «1» would have looked like a day of the month.
    expect(parseDateline(`${"1".repeat(4097)} أكتوبر 2024`)).toBeNull();
    expect(parseDateline("1 أكتوبر 2024")?.date).toBe("2024-10-01");
  });
});
