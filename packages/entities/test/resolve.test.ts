import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate } from "../src/candidate.js";
import { resolve } from "../src/resolve.js";

/** The rule resolve implements, written the plain way: one global sort by preference. */
function resolveByGlobalSort(candidates: readonly Candidate[], length: number): Candidate[] {
  const order = candidates.map((_, i) => i);
  order.sort((a, b) => {
    const x = candidates[a]!;
    const y = candidates[b]!;
    return y.end - y.start - (x.end - x.start) || y.confidence - x.confidence || x.start - y.start || a - b;
  });
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    if (c.end <= c.start || c.start < 0 || c.end > length) continue;
    let free = true;
    for (let p = c.start; p < c.end; p++) if (taken[p]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

describe("resolve", () => {
  it("keeps what one global sort by length, confidence and start keeps", () => {
    const candidate = fc.record({
      start: fc.integer({ min: -2, max: 60 }),
      length: fc.integer({ min: -1, max: 12 }),
      confidence: fc.constantFrom(0.5, 0.65, 0.7, 0.85, 0.97),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), fc.boolean(), (specs, sortFirst) => {
        const candidates: Candidate[] = specs.map((s, i) => ({ start: s.start, end: s.start + s.length, type: "ORG", confidence: s.confidence, source: `c${i}` }));
        // The tagger hands candidates over mostly sorted by start: test both orders.
        if (sortFirst) candidates.sort((a, b) => a.start - b.start);
        expect(resolve(candidates, 64)).toEqual(resolveByGlobalSort(candidates, 64));
      }),
    );
  });
});
