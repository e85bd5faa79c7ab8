/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { normalizeWithEdits } from "@qalam/normalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findValues } from "../src/values/index.js";
import { lex } from "../src/values/lexer.js";
import { lexicon } from "../src/values/lexicon.js";
import { matchAt } from "../src/values/matchers.js";

/**
 * findValues lexes only around candidate positions found by hashing words.
 * The reference here lexes the whole text and tries every lexeme: both must
 * find the same expressions, or the shortcut is losing matches.
 */
function referenceSpans(text: string): Array<[string, number, number]> {
  const { text: normalized, edits } = normalizeWithEdits(text, "search");
  const lexemes = lex(normalized);
  const ctx = { lexemes, normalized, lexicon: lexicon(), reference: null };
  const spans: Array<[string, number, number]> = [];
  let i = 0;
  while (i < lexemes.length) {
    const hit = matchAt(ctx, i);
    if (!hit) {
      i++;
      continue;
    }
    const { start, end } = edits.mapSpanToSource(hit.match.start, hit.match.end);
    spans.push([hit.match.type, start, end]);
    i = hit.next;
  }
  return spans;
}

const spansOf = (text: string): Array<[string, number, number]> =>
  findValues(text).map((e) => [e.type, e.start, e.end] as [string, number, number]);

describe("findValues: candidate shortcut", () => {
  it("finds what a full scan finds in the seed articles", () => {
    const dir = new URL("../../../apps/demo/articles/", import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), "utf8");
      const expected = referenceSpans(text).map(([type, start]) => [type, start]);
      expect(findValues(text).map((e) => [e.type, e.start])).toEqual(expected);
    }
  });

  it("finds what a full scan finds in generated text", () => {
    const parts = fc.constantFrom(
      "13.75", "مليار", "دولار", "بـ10", "ملايين", "عشرات", "المليارات", "من", "الدولارات", "20", "%", "في", "المائة", "هذا", "العام",
      "الماضي", "وهذا", "خمسة", "مليارات", "يورو", "الساعة", "3", "عصرا", "11:02", "ص", "يوم", "الاثنين", "نوفمبر", "2025", "عام",
      "بعد", "غد", "أول", "أمس", "اليوم", "تشرين", "الثاني", "US$", "5m", "$", "€", "Nov.", "November", "3,", "،", ",", "و", "ب",
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), fc.constantFrom(" ", "  ", "\n", ""), (words, gap) => {
        const text = words.join(gap === "" ? " " : gap);
        expect(spansOf(text).map(([t, s]) => [t, s])).toEqual(referenceSpans(text).map(([t, s]) => [t, s]));
      }),
    );
  });
});
