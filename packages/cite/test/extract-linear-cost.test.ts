import { describe, expect, it } from "vitest";
import { extractAttributions, extractMetadata, parseDateline } from "../src/extract/index.js";

// Cost growth, not speed: each input is timed at n and 16n repeats. Linear work gives a ratio
// near 16 (more when the collector works harder on the big input); the quadratic scans these
// guard against gave 250 and more. The bound is loose so a busy machine does not fail it,
// and the minimum of several runs is the least disturbed one.
const GROWTH = 16;
const MAX_RATIO = 48;

function minMs(run: () => unknown, repeats = 5): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growthRatio(make: (repeats: number) => string, call: (text: string) => unknown, repeats: number): number {
  const small = make(repeats);
  const large = make(repeats * GROWTH);
  call(small); // warm up (lexicons folded, code compiled)
  return minMs(() => call(large)) / Math.max(minMs(() => call(small)), 0.5);
}

describe("extractors: cost grows linearly with the input", () => {
  it("extractAttributions: «وفقًا لمصادر نقلتها وكالة …» repeated in one sentence", () => {
    // Each «وفقًا» followed by a relaying verb used to scan to the sentence end for a comma.
    const make = (k: number): string => "وفقًا لمصادر نقلتها وكالة رويترز ".repeat(k);
    const sample = extractAttributions(make(3), { entities: [] });
    expect(sample.filter((a) => a.cue.lemma.startsWith("وفق")).length).toBe(3);
    expect(growthRatio(make, (t) => extractAttributions(t, { entities: [] }), 400)).toBeLessThan(MAX_RATIO);
  });

  it("extractMetadata: one line of 100k+ words", () => {
    const make = (k: number): string => "شركة مايكروسوفت OpenAI 13.75 مليار ".repeat(k);
    expect(extractMetadata(make(2), { entities: [] }).title).toBe(make(2).trim());
    expect(growthRatio(make, (t) => extractMetadata(t, { entities: [] }), 2000)).toBeLessThan(MAX_RATIO);
  });

  it("parseDateline: thousands of dates (and of twin month names) in one text", () => {
    // Each month used to search the item list from its start, and every twin name scanned all items.
    const families: Array<[string, (k: number) => string]> = [
      ["2024-10-20", (k) => "20 أكتوبر 2024 ".repeat(k)],
      ["2024-10", (k) => "أكتوبر/تشرين الأول 2024 ".repeat(k)],
    ];
    for (const [date, make] of families) {
      expect(parseDateline(make(1))?.date).toBe(date);
      expect(parseDateline(make(3))).toBeNull();
      expect(growthRatio(make, (t) => parseDateline(t), 400)).toBeLessThan(MAX_RATIO);
    }
  });
});
