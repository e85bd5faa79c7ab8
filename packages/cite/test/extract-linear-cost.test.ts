import { describe, expect, it } from "vitest";
import { extractAttributions, extractMetadata } from "../src/extract/index.js";

// Cost growth, not speed: each input is timed at n and 8n repeats. Linear work gives a ratio
// near 8; the quadratic scans these guard against gave 60 and more. The bound is loose so a
// busy machine does not fail it, and the minimum of several runs is the least disturbed one.
const GROWTH = 8;
const MAX_RATIO = 24;

function minMs(run: () => unknown, repeats = 3): number {
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
});
