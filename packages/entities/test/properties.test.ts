import fc from "fast-check";
import { describe, expect, it } from "vitest";
import entries from "./fixtures/entries.json";
import { tagEntities } from "../src/index.js";
import { buildTagger } from "../src/tagger.js";
import type { EntityEntry } from "../src/entry.js";
import type { Entity } from "../src/types.js";

const tagger = buildTagger({ entries: entries as EntityEntry[], givenNames: { ar: ["مصطفى", "عمر"], en: ["Kevin"] } });

// Text built from pieces that exercise every path: names in both scripts, proclitics,
// tatweel, diacritics, Latin runs, triggers, punctuation, odd code units.
const piece = fc.constantFrom(
  "مايكروسوفت", "بمايكروسوفت", "لـOpenAI", "وOpenAI", "ل(OpenAI)", "Open AI", "Microsoft’s", "AMD", "amd",
  "شات جي بي تي", "ChatGPT", "ستارجيت", "مشروع", "شركة", "السيد", "مصطفى", "سليمان", "، الرئيس التنفيذي",
  "الإمارات العربية المتحدة", "للإمارات", "بريطانيا", "Inflection", "Allen & Co", "AGI", " ", "  ", "\n", "،", ".", "(", ")",
  "ـ", "\u064e", "\u200f", "\u202b", "\ud800", "\udfff", "\u0000", "😀", "13.75 مليار دولار", "20%", "x",
  // Transliterations linked by the name's mention elsewhere, behind proclitics and letter names.
  "Stargate", "لستارجيت", "وستارجيت", "وبستارجيت", "ستارجيت يوميا", "واي", "ستارجيتو",
);
const text = fc.oneof(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join("")), fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 40 }));

function checkInvariants(input: string, found: Entity[]): void {
  let last = 0;
  for (const e of found) {
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(e.start, e.end)).toBe(e.text);
    // A prefix is written just before the span (a bracket may stand between: «ل(OpenAI)»).
    if (e.prefix !== undefined) expect(input.slice(Math.max(0, e.start - e.prefix.length - 1), e.start)).toContain(e.prefix);
    last = e.end;
  }
}

describe("tagger properties", () => {
  it("spans lie within the text, slice to `text`, never overlap, never throw", () => {
    fc.assert(fc.property(text, (input) => checkInvariants(input, tagger.tag(input))));
  });
  it("is deterministic", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(tagger.tag(input)).toEqual(tagger.tag(input));
      }),
    );
  });
  it("answers a text the same after a longer one (a tagger reuses its buffers)", () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        const fresh = buildTagger({ entries: entries as EntityEntry[], givenNames: { ar: ["مصطفى", "عمر"], en: ["Kevin"] } });
        const expected = fresh.tag(second);
        tagger.tag(first + first + second);
        expect(tagger.tag(second)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
  it("finds the same names when unrelated text is added around them", () => {
    fc.assert(
      fc.property(fc.constantFrom("مايكروسوفت", "OpenAI", "ChatGPT"), fc.constantFrom("قال ", "وفي ", "\n"), (name, before) => {
        const found = tagger.tag(`${before}${name} اليوم`);
        expect(found.map((e) => e.text)).toContain(name);
      }),
    );
  });
});

describe("tagEntities properties (built-in gazetteer and values)", () => {
  it("keeps the span invariants and is deterministic on odd text", () => {
    fc.assert(
      fc.property(text, (input) => {
        const found = tagEntities(input, { referenceDate: "2025-11-05" });
        checkInvariants(input, found);
        expect(tagEntities(input, { referenceDate: "2025-11-05" })).toEqual(found);
      }),
    );
  });
});
