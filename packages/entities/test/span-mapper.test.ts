import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeWithEdits } from "@qalam/normalize";
import { ForwardSpanMapper } from "../src/spanMapper.js";

const arabicish = fc.string({
  maxLength: 60,
  unit: fc.constantFrom("ب", "أ", "إ", "ة", "ى", "\u064E", "\u0651", "\u0640", " ", "  ", "A", "b", "٣", "1", "\u200F", "ـ", "\n", "ﻻ", "é"),
});

describe("ForwardSpanMapper", () => {
  it("maps every span as Edits.mapSpanToSource does, in any order", () => {
    fc.assert(
      fc.property(arabicish, fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 30 }), (text, spans) => {
        const { text: norm, edits } = normalizeWithEdits(text, "search");
        const mapper = new ForwardSpanMapper(edits);
        // In order first (the tagger's use), then in the given (random) order.
        const ordered = [...spans].sort((a, b) => a[0] - b[0]);
        for (const [a, b] of [...ordered, ...spans]) {
          const start = Math.min(a, b, norm.length);
          const end = Math.min(Math.max(a, b), norm.length);
          expect(mapper.mapSpanToSource(start, end)).toEqual(edits.mapSpanToSource(start, end));
        }
      }),
    );
  });
  it("maps span starts and ends one by one as mapSpanToSource does", () => {
    fc.assert(
      fc.property(arabicish, fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 30 }), (text, spans) => {
        const { text: norm, edits } = normalizeWithEdits(text, "search");
        const mapper = new ForwardSpanMapper(edits);
        for (const [a, b] of spans) {
          const start = Math.min(a, b, norm.length);
          const end = Math.min(Math.max(a, b), norm.length);
          if (end <= start) continue;
          const expected = edits.mapSpanToSource(start, end);
          const mappedStart = mapper.toSourceStart(start);
          expect({ start: mappedStart, end: Math.max(mappedStart, mapper.toSourceEnd(end)) }).toEqual(expected);
        }
      }),
    );
  });
  it("maps ordered spans in place as mapSpanToSource does", () => {
    fc.assert(
      fc.property(arabicish, fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 30 }), (text, steps) => {
        const { text: norm, edits } = normalizeWithEdits(text, "search");
        // Spans in order, each ending no later than the next starts (gaps and empty spans too).
        const starts: number[] = [];
        const ends: number[] = [];
        let at = 0;
        for (const [gap, length] of steps) {
          const start = Math.min(at + gap, norm.length);
          const end = Math.min(start + length, norm.length);
          starts.push(start);
          ends.push(end);
          at = end;
        }
        const mappedStarts = Int32Array.from(starts);
        const mappedEnds = Int32Array.from(ends);
        new ForwardSpanMapper(edits).mapOrderedSpansInPlace(mappedStarts, mappedEnds, starts.length);
        starts.forEach((start, i) => expect({ start: mappedStarts[i], end: mappedEnds[i] }).toEqual(edits.mapSpanToSource(start, ends[i]!)));
      }),
    );
  });
  it("maps every word span of a long text in one pass", () => {
    const text = "أحمد بِالإِعلان، ـ ٣ إيرادات ".repeat(200);
    const { edits } = normalizeWithEdits(text, "search");
    const mapper = new ForwardSpanMapper(edits);
    for (let i = 0; i + 4 <= edits.destinationLength; i += 3) expect(mapper.mapSpanToSource(i, i + 4)).toEqual(edits.mapSpanToSource(i, i + 4));
  });
});
