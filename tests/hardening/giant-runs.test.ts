/**
 * Millions of characters with no space or line break: regular expressions with an unbounded
 * `+` over a character class overflow V8's regex stack on such runs, so every public function
 * gets one. Nothing may throw.
 */
import { describe, expect, it } from "vitest";
import { normalize, normalizeWithEdits } from "@qalam/normalize";
import { sentences, tokenize } from "@qalam/tokenize";
import { tagEntities } from "@qalam/entities";
import { extractAttributions, extractMetadata, formatCitation, parseDateline } from "@qalam/cite";

const giants: Record<string, string> = {
  "mixed-script word": "بمايكروسوفتOpenAI".repeat(400_000),
  "Arabic letters": "ب".repeat(7_000_000),
  "Latin letters": "a".repeat(7_000_000),
  digits: "1".repeat(7_000_000),
};

// One long word between words that make the tagger look closer at it (a trigger, a title, a
// cue), in a text short enough (< 1 MB) to be tagged as one chunk: building the word's key
// with one String.fromCharCode call over all its codes overflowed the stack.
const longWords: Record<string, string> = {
  "Arabic word after «شركة»": `شركة ${"ب".repeat(300_000)} قالت`,
  "Latin word after «السيد»": `قال السيد ${"Ab".repeat(150_000)} إن`,
};

describe("one long word among others", () => {
  for (const [name, text] of Object.entries(longWords)) {
    it(name, () => {
      for (const e of tagEntities(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
      extractMetadata(text);
      extractAttributions(text);
    });
  }
});

describe("giant runs without a space", () => {
  for (const [name, text] of Object.entries(giants)) {
    it(`${name} (${(text.length / 1e6).toFixed(1)} M characters)`, () => {
      expect(normalize(text, "search").length).toBeGreaterThan(0);
      expect(normalizeWithEdits(text, "display").edits.sourceLength).toBe(text.length);
      expect(tokenize(text).map((t) => t.text).join("")).toBe(text);
      sentences(text);
      for (const e of tagEntities(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(parseDateline(text)).toBeNull();
      extractMetadata(text);
      extractAttributions(text);
      expect(formatCitation({ type: "article-newspaper", title: text.slice(0, 100_000) }, { style: "apa", locale: "ar" })).toContain(text.slice(0, 10));
    });
  }
});
