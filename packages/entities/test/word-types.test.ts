import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyText, scanKeys } from "../src/keyStream.js";
import { STRIP_FORMS, StreamMatcher } from "../src/streamMatcher.js";
import { KeyTrie } from "../src/trie.js";
import { Vocabulary } from "../src/vocabulary.js";

/** The word types of one chunk, in a vocabulary of its own. */
const wordTypesOf = (stream: ReturnType<typeof scanKeys>, words: ReturnType<typeof wordsOf>, vocabulary = new Vocabulary()) => vocabulary.typesOf(stream, words);
import { wordsOf } from "../src/words.js";
import { normalize } from "@qalam/normalize";
import { builtinGivenNames } from "../src/builtins.js";
import { Lexicon } from "../src/lexicon.js";
import { WordLexicon } from "../src/wordLexicon.js";

// Letters, proclitics and separators that make words share prefixes with the keys below.
const piece = fc.constantFrom("ال", "و", "ب", "لل", "سام", "ألتمان", "مايكرو", "سوفت", "open", "ai", "AI", "x", "پ", " ", " ", " ", "، ", "\n", "-", "ـ", "1");
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

describe("wordTypesOf", () => {
  it("gives two words the same type exactly when their key characters are the same", () => {
    fc.assert(
      fc.property(text, (t) => {
        const stream = scanKeys(t);
        const words = wordsOf(stream);
        const { count, typeOf } = wordTypesOf(stream, words);
        const identity = (w: number): string => keyText(stream, words.ks[w]!, words.ke[w]!);
        const seen = new Map<string, number>();
        for (let w = 0; w < words.count; w++) {
          const type = typeOf[w]!;
          expect(type).toBeGreaterThanOrEqual(0);
          expect(type).toBeLessThan(count);
          if (seen.has(identity(w))) expect(type).toBe(seen.get(identity(w)));
          else {
            expect([...seen.values()]).not.toContain(type);
            seen.set(identity(w), type);
          }
        }
        expect(seen.size).toBe(count);
      }),
    );
  });

  it("keeps types apart past the first table size (the table grows)", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const t = [...many, ...many].join(" ");
    const stream = scanKeys(t);
    const words = wordsOf(stream);
    const { count, typeOf } = wordTypesOf(stream, words);
    expect(count).toBe(5000);
    for (let w = 0; w < 5000; w++) expect(typeOf[w + 5000]).toBe(typeOf[w]);
  });
});

describe("StreamMatcher.longestEndOfWord", () => {
  // Keys that end inside words, at word ends, and run on over several words.
  const trie = new KeyTrie(["سامالتمان", "سام", "مايكروسوفت", "مايكرو", "openai", "open", "التمان", "الالتمان", "x1"]);
  it("answers as longestEnd from the word's start (after each proclitic form), whatever words follow", () => {
    fc.assert(
      fc.property(text, (t) => {
        const stream = scanKeys(t);
        const words = wordsOf(stream);
        const vocabulary = new Vocabulary();
        const matcher = new StreamMatcher(stream, words, wordTypesOf(stream, words, vocabulary), vocabulary);
        const other = new Vocabulary();
        const fresh = new StreamMatcher(stream, words, wordTypesOf(stream, words, other), other);
        for (let w = 0; w < words.count; w++) {
          for (let form = -1; form < STRIP_FORMS.length; form++) {
            const skip = form < 0 ? 0 : STRIP_FORMS[form]!.skip;
            if (words.ks[w]! + skip >= words.ke[w]!) continue;
            const expected = fresh.longestEnd(trie, words.ks[w]! + skip, form < 0 ? "" : STRIP_FORMS[form]!.virtual);
            const expectedKey = fresh.matchedKey;
            expect(matcher.longestEndOfWord(trie, w, form)).toBe(expected);
            if (expected >= 0) expect(matcher.matchedKey).toBe(expectedKey);
          }
        }
      }),
    );
  });
});

describe("WordLexicon.fillAll", () => {
  // One- and two-word triggers, proclitics, a trigger word that is also part of a longer one.
  const part = fc.constantFrom("شركة", "وشركة", "الرئيس", "التنفيذي", "السيد", "مدينة", "روبوت", "الدردشة", "سام", "محمد", "ومحمد", "في", " ", " ", "، ", "\n");
  const lexicon = new Lexicon(builtinGivenNames);
  const shared = new Vocabulary();
  const compare = (text: string): void => {
    const norm = normalize(text, "search");
    const stream = scanKeys(norm);
    const words = wordsOf(stream);
    const own = new Vocabulary();
    const lazy = new WordLexicon(lexicon, new StreamMatcher(stream, words, wordTypesOf(stream, words, own), own), stream, words);
    // Filled with the answers a vocabulary kept from the texts before (all the property's texts).
    const filled = new WordLexicon(lexicon, new StreamMatcher(stream, words, wordTypesOf(stream, words, shared), shared), stream, words);
    filled.fillAll(shared);
    for (let w = 0; w < words.count; w++) {
      expect(filled.triggerTypeBefore(w)).toBe(lazy.triggerTypeBefore(w));
      for (const mode of [false, true]) {
        const slot = lazy.slot(w, mode);
        expect([filled.bits[slot], filled.spanned[slot], filled.skip[slot]]).toEqual([lazy.bits[slot], lazy.spanned[slot], lazy.skip[slot]]);
      }
    }
  };
  it("answers as word-by-word lookups do (it copies slots within a word type and marks triggers forward)", () => {
    // «الرئيس» starts a two-word trigger: its words answer by what follows them.
    compare("قال الرئيس التنفيذي سام، ثم الرئيس في مدينة الرئيس التنفيذي");
    fc.assert(fc.property(fc.array(part, { maxLength: 30 }), (parts) => compare(parts.join(""))));
  });
});

describe("Vocabulary", () => {
  // Copied: the arrays typesOf returns are lent until the next chunk (scratch.ts).
  const typesOf = (vocabulary: Vocabulary, t: string) => {
    const stream = scanKeys(t);
    const types = vocabulary.typesOf(stream, wordsOf(stream));
    return { count: types.count, typeOf: types.typeOf.slice(), ids: types.ids.slice(), idOf: types.idOf.slice() };
  };
  it("numbers a type the same in every chunk, and each chunk's types from 0", () => {
    const vocabulary = new Vocabulary();
    const one = typesOf(vocabulary, "في الشركة في OpenAI");
    const two = typesOf(vocabulary, "OpenAI قالت الشركة");
    expect([one.count, [...one.typeOf]]).toEqual([3, [0, 1, 0, 2]]);
    expect([two.count, [...two.typeOf]]).toEqual([3, [0, 1, 2]]);
    // OpenAI and الشركة keep their vocabulary numbers; قالت is new
    expect([two.ids[0], two.ids[2]]).toEqual([one.ids[2], one.ids[1]]);
    expect(two.ids[1]).toBe(3);
    expect(vocabulary.keyText(one.ids[1]!)).toBe("الشركه");
  });
  it("keeps facts per type from chunk to chunk (by vocabulary number), unknown for new types", () => {
    const vocabulary = new Vocabulary();
    const facts = vocabulary.factsOf("test", 2, -1);
    /** The facts of each word of a chunk. */
    const ofWords = (types: { idOf: Int32Array }) => Array.from(types.idOf, (id) => [facts.table[2 * id], facts.table[2 * id + 1]]);
    const one = typesOf(vocabulary, "alpha beta");
    expect(ofWords(one)).toEqual([[-1, -1], [-1, -1]]);
    facts.table.set([7, 8], 2 * one.idOf[1]!); // beta
    const two = typesOf(vocabulary, "gamma beta beta");
    expect(ofWords(two)).toEqual([[-1, -1], [7, 8], [7, 8]]);
    expect(two.idOf[1]).toBe(two.ids[two.typeOf[1]!]);
    expect(() => vocabulary.factsOf("test", 3, -1)).toThrow(/2 numbers a type, not 3/);
    // Kept while the vocabulary grows past its first room (the table is a new array then).
    typesOf(vocabulary, Array.from({ length: 5000 }, (_, i) => `x${i}`).join(" "));
    expect(ofWords(typesOf(vocabulary, "beta"))).toEqual([[7, 8]]);
  });
  it("starts again from empty, facts and all, once it holds too many types", () => {
    const vocabulary = new Vocabulary();
    const facts = vocabulary.factsOf("test", 1, 0);
    const first = typesOf(vocabulary, "alpha");
    facts.table[first.idOf[0]!] = 5;
    // more distinct words than the vocabulary keeps (1 << 17)
    typesOf(vocabulary, Array.from({ length: (1 << 17) + 10 }, (_, i) => `w${i.toString(36)}`).join(" "));
    const again = typesOf(vocabulary, "alpha");
    expect(again.ids[0]).toBe(0);
    expect(facts.table[again.idOf[0]!]).toBe(0);
    expect(vocabulary.keyText(0)).toBe("alpha");
  });
});
