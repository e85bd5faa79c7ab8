import fc from "fast-check";
import { expect, test } from "vitest";
import { normalize } from "@qalam/normalize";

/**
 * Lucene's ArabicNormalizer (org.apache.lucene.analysis.ar), rule for rule: alef with madda,
 * hamza above or below → alef; dotless yeh → yeh; teh marbuta → heh; tatweel and the
 * harakat FATHATAN … SUKUN removed.
 */
function lucene(text: string): string {
  let out = "";
  for (const char of text) {
    if (char === "آ" || char === "أ" || char === "إ") out += "ا";
    else if (char === "ى") out += "ي";
    else if (char === "ة") out += "ه";
    else if (char === "\u0640" || (char >= "\u064B" && char <= "\u0652")) continue;
    else out += char;
  }
  return out;
}

const arabicWord = fc.string({
  unit: fc.constantFrom(..."ابتثجحخدذرسشصضطظعغفقكلمنهوي", ..."آأإىةؤئء", "\u0640", "\u064B", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652"),
  minLength: 1,
  maxLength: 12,
});

test("search agrees with Lucene's ArabicNormalizer on Arabic words", () => {
  fc.assert(
    fc.property(arabicWord, (word) => {
      const searched = normalize(word, "search");
      // Lucene leaves search output alone, and Lucene's output searches the same.
      expect(lucene(searched)).toBe(searched);
      expect(normalize(lucene(word), "search")).toBe(searched);
    }),
    { numRuns: 1000 },
  );
});

test("with the extra folds off, search equals Lucene on Arabic words", () => {
  const luceneLike = { foldHamzaCarriers: false } as const;
  fc.assert(
    fc.property(arabicWord, (word) => {
      expect(normalize(word, luceneLike)).toBe(lucene(word));
    }),
    { numRuns: 1000 },
  );
});
