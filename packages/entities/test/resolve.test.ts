import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate } from "../src/candidate.js";
import { Coverage, isSettled, resolve } from "../src/resolve.js";

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

describe("isSettled", () => {
  it("is true exactly for lists that resolve keeps as they are", () => {
    const candidate = fc.record({ start: fc.integer({ min: -2, max: 30 }), length: fc.integer({ min: -1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 12 }), (specs) => {
        const candidates: Candidate[] = specs.map((s, i) => ({ start: s.start, end: s.start + s.length, type: "ORG", confidence: 0.9, source: `c${i}` }));
        expect(isSettled(candidates, 32)).toBe(resolve(candidates, 32).length === candidates.length && resolve(candidates, 32).every((c, i) => c === candidates[i]));
        expect(isSettled(resolve(candidates, 32), 32)).toBe(true);
      }),
    );
  });

  it("names what breaks the order: overlap, disorder, an empty span, a span past the end", () => {
    const at = (start: number, end: number): Candidate => ({ start, end, type: "ORG", confidence: 0.9, source: "test" });
    expect(isSettled([at(0, 3), at(3, 5)], 5)).toBe(true);
    expect(isSettled([at(0, 3), at(2, 5)], 5)).toBe(false);
    expect(isSettled([at(3, 5), at(0, 2)], 5)).toBe(false);
    expect(isSettled([at(2, 2)], 5)).toBe(false);
    expect(isSettled([at(4, 6)], 5)).toBe(false);
  });
});

describe("Coverage", () => {
  it("answers as a per-position table does, for queries in any order", () => {
    const candidate = fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 8 }) });
    const query = fc.record({ start: fc.integer({ min: -2, max: 70 }), length: fc.integer({ min: -1, max: 10 }) });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), fc.array(query, { maxLength: 40 }), fc.boolean(), (specs, queries, sortQueries) => {
        const accepted = resolve(specs.map((s, i) => ({ start: s.start, end: s.start + s.length, type: "ORG", confidence: 0.9, source: `c${i}` })), 80);
        const table = new Uint8Array(80);
        for (const c of accepted) table.fill(1, c.start, c.end);
        const covered = new Coverage(accepted);
        // Words are asked about in text order; other callers in any order.
        if (sortQueries) queries.sort((a, b) => a.start - b.start);
        for (const q of queries) {
          let expected = false;
          for (let i = Math.max(0, q.start); i < q.start + q.length && i < 80; i++) if (table[i]) expected = true;
          expect(covered.overlaps(q.start, q.start + q.length), `${q.start}+${q.length}`).toBe(expected);
        }
        // Many spans in order at once (starts never decreasing), as overlaps answers each.
        const ordered = [...queries].sort((a, b) => a.start - b.start);
        const starts = Int32Array.from(ordered, (q) => q.start);
        const ends = Int32Array.from(ordered, (q) => q.start + q.length);
        const marks = new Uint8Array(ordered.length);
        covered.markOverlapping(starts, ends, ordered.length, marks);
        ordered.forEach((q, i) => expect(marks[i], `${q.start}+${q.length}`).toBe(new Coverage(accepted).overlaps(q.start, q.start + q.length) ? 1 : 0));
      }),
    );
  });
});
