import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyFilter, WordSkeletons } from "../src/phraseKeys.js";
import { Vocabulary } from "../src/vocabulary.js";
import type { WordTypes } from "../src/wordTypes.js";
import { arabicSkeletonOfRange, collapseKey, EMPTY_LETTER_NAME, editDistance, firstClass, firstClassCodeOfCodes, joinCollapsed } from "../src/romanize.js";

const letter = fc.constantFrom("ت", "ش", "ه", "ج", "ي", "ب", "ا", "إ", "ك", "س", "د", "ل", "و", "ر", "ن", "م", "ف");
const word = fc.string({ minLength: 1, maxLength: 9, unit: letter });

/** The words of a text joined by spaces, with each word's range in it and its type (equal words share one). */
function layout(words: readonly string[]): { text: string; ranges: Array<[number, number]>; types: WordTypes } {
  const ranges: Array<[number, number]> = [];
  const typeOfWord = new Map<string, number>();
  const typeOf = new Int32Array(words.length);
  let text = "";
  words.forEach((w, i) => {
    if (text !== "") text += " ";
    ranges.push([text.length, text.length + w.length]);
    text += w;
    if (!typeOfWord.has(w)) typeOfWord.set(w, typeOfWord.size);
    typeOf[i] = typeOfWord.get(w)!;
  });
  return { text, ranges, types: { count: typeOfWord.size, typeOf, ids: Int32Array.from({ length: typeOfWord.size }, (_, i) => i), idOf: typeOf } };
}

describe("WordSkeletons", () => {
  it("gives each word's skeleton, and each phrase's joined collapsed key, as the string functions do", () => {
    fc.assert(
      // Words drawn from a few, so that repeated words share a type and its skeleton.
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.nat(), (vocabulary, picks, seed) => {
        const words = picks.map((p) => vocabulary[p % vocabulary.length]!);
        const { text, ranges, types } = layout(words);
        // Words of one type have one text here, so any of them may share the type's skeleton.
        const skeletons = new WordSkeletons(text, (w) => ranges[w]![0], (w) => ranges[w]![1], types, (w) => (w + seed) % 3 !== 0);
        const expected = ranges.map(([from, to]) => arabicSkeletonOfRange(text, from, to));
        // Asked out of order: the codes of each word are computed on first use.
        const order = words.map((_, w) => (w * 7 + seed) % words.length);
        for (const w of order) {
          expect(skeletons.rough(w)).toBe(expected[w]!.length);
          expect(skeletons.text(w)).toBe(collapseKey(expected[w]!));
        }
        const out = new Uint16Array(128);
        for (let first = 0; first < words.length; first++) {
          for (let last = first; last < Math.min(words.length, first + 3); last++) {
            const key = expected.slice(first, last + 1).map(collapseKey).reduce(joinCollapsed);
            expect(skeletons.phraseLength(first, last)).toBe(key.length);
            const length = skeletons.writePhrase(first, last, out);
            expect(String.fromCharCode(...out.subarray(0, length))).toBe(key);
          }
        }
      }),
    );
  });
  it("gives each word not written as its key a slot of its own, past the first allocation", () => {
    const words = Array.from({ length: 300 }, (_, i) => ["ستارجيت", "كتب", "مايكروسوفت"][i % 3]! + "ب".repeat(i % 7));
    const { text, ranges, types } = layout(words);
    const skeletons = new WordSkeletons(text, (w) => ranges[w]![0], (w) => ranges[w]![1], types, () => false);
    words.forEach((_, w) => expect(skeletons.text(w)).toBe(collapseKey(arabicSkeletonOfRange(text, ranges[w]![0], ranges[w]![1]))));
  });
  it("takes a type's skeleton from the vocabulary in a later chunk, and gives a word not written as its key its own", () => {
    const vocabulary = new Vocabulary();
    const first = layout(["ستارجيت", "مايكروسوفت"]);
    const one = new WordSkeletons(first.text, (w) => first.ranges[w]![0], (w) => first.ranges[w]![1], first.types, () => true, vocabulary);
    expect([one.text(0), one.text(1)]).toEqual(["strgt", "mkrsft"]);
    // The same types (vocabulary numbers) in another chunk: the kept skeletons are used, not
    // recomputed from this chunk's text, except for a word not written as its key.
    const second = layout(["كتب", "دفتر"]);
    const two = new WordSkeletons(second.text, (w) => second.ranges[w]![0], (w) => second.ranges[w]![1], second.types, (w) => w === 0, vocabulary);
    expect([two.text(0), two.text(1)]).toEqual(["strgt", collapseKey(arabicSkeletonOfRange(second.text, ...second.ranges[1]!))]);
    expect(two.rough(0)).toBe(one.rough(0));
  });
  it("grows its code buffer for long words, and builds the text of a very long one", () => {
    for (const long of ["ستارجيت".repeat(400), "كتب".repeat(100_000)]) {
      const skeletons = new WordSkeletons(long, () => 0, () => long.length, { count: 1, typeOf: new Int32Array(1), ids: new Int32Array(1), idOf: new Int32Array(1) }, () => true);
      expect(skeletons.text(0)).toBe(collapseKey(arabicSkeletonOfRange(long, 0, long.length)));
    }
  });
});

describe("KeyFilter", () => {
  const key = fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom("k", "t", "s", "m", "r", "g", "b", "n") });
  it("never rejects a key of the set, nor in one-edit mode a key one edit from one", () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 30 }), fc.array(key, { maxLength: 30 }), (keys, probes) => {
        const exact = new KeyFilter(false);
        const near = new KeyFilter(true);
        for (const k of keys) {
          exact.add(k);
          near.add(k);
        }
        for (const probe of [...keys, ...probes]) {
          const codes = codesOf(probe);
          if (keys.includes(probe)) expect(exact.mayMatch(codes, codes.length)).toBe(true);
          if (keys.some((k) => editDistance(k, probe, 1) <= 1)) expect(near.mayMatch(codes, codes.length), probe).toBe(true);
        }
      }),
    );
  });
  it("with prefixes added, never rejects a string one edit from the start of a key", () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 20 }), fc.array(key, { maxLength: 30 }), (keys, probes) => {
        const starts = new KeyFilter(true);
        for (const k of keys) starts.addPrefixes(k);
        for (const probe of probes) {
          const codes = codesOf(probe);
          const near = keys.some((k) => Array.from(k, (_, i) => k.slice(0, i + 1)).some((prefix) => editDistance(prefix, probe, 1) <= 1));
          if (near) expect(starts.mayMatch(codes, codes.length), probe).toBe(true);
        }
        // a phrase starting with a prefix passes too: it is the phrase's first word that is asked about
        for (const k of keys) expect(starts.mayMatch(codesOf(k.slice(0, 2)), Math.min(2, k.length))).toBe(true);
      }),
    );
    const starts = new KeyFilter(true);
    starts.addPrefixes("mkrsft");
    expect(["gbt", "nnbb", "trgt"].filter((probe) => starts.mayMatch(codesOf(probe), probe.length))).toEqual([]);
  });
  it("answers for codes at an offset in a longer buffer as for the same codes alone", () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 20 }), key, key, key, (keys, before, probe, after) => {
        for (const oneEdit of [false, true]) {
          const filter = new KeyFilter(oneEdit);
          for (const k of keys) filter.add(k);
          const buffer = codesOf(before + probe + after);
          expect(filter.mayMatch(buffer, probe.length, before.length)).toBe(filter.mayMatch(codesOf(probe), probe.length));
        }
      }),
    );
    const near = new KeyFilter(true);
    near.add("strgt");
    // "strgt" sits at offset 3 of the buffer; read from 0 the same length is "mkrst"
    expect(near.mayMatch(codesOf("mkrstrgtbb"), 5, 3)).toBe(true);
    expect(near.mayMatch(codesOf("mkrstrgtbb"), 5)).toBe(false);
  });
  it("answers the same filled from hash lists (hashesToAdd, prefixHashesToAdd) as by add and addPrefixes, sized ahead or not", () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 20 }), fc.array(key, { maxLength: 30 }), fc.boolean(), (keys, probes, oneEdit) => {
        const byKey = new KeyFilter(oneEdit);
        const byList = new KeyFilter(oneEdit);
        // Sized ahead: another table size, so other false "maybe"s, but never a "no" for a key.
        const sized = new KeyFilter(oneEdit, 50 * keys.length);
        const lists = new KeyFilter(oneEdit); // only computes the lists
        for (const k of keys) {
          byKey.add(k);
          byKey.addPrefixes(k);
          for (const list of [lists.hashesToAdd(k), lists.prefixHashesToAdd(k)]) {
            byList.addHashes(list);
            sized.addHashes(list);
          }
        }
        for (const probe of [...keys, ...probes]) expect(byList.mayMatch(codesOf(probe), probe.length)).toBe(byKey.mayMatch(codesOf(probe), probe.length));
        for (const k of keys) for (let n = 1; n <= k.length; n++) expect(sized.mayMatch(codesOf(k.slice(0, n)), n)).toBe(true);
      }),
    );
    const near = new KeyFilter(true);
    near.addHashes(near.prefixHashesToAdd("m".repeat(200)));
    expect(near.mayMatch(codesOf("gbtknr"), 6)).toBe(true);
  });
  it("grows its table with the keys it holds and still never rejects one", () => {
    // Enough keys and deletions to grow the table from its first size to its largest.
    const letters = "ktsmrgbnfdlz";
    const keys = Array.from({ length: 30000 }, (_, i) => {
      let key = "";
      for (let n = i + 1; n > 0; n = Math.floor(n / letters.length)) key += letters[n % letters.length];
      return key + "q";
    });
    const near = new KeyFilter(true);
    for (const k of keys) near.add(k);
    for (const k of keys) expect(near.mayMatch(codesOf(k), k.length)).toBe(true);
    for (const k of keys.slice(0, 500)) expect(near.mayMatch(codesOf(k.slice(1)), k.length - 1)).toBe(true);
    // Far probes mostly rejected: the table kept its bits per hash as it grew.
    const far = Array.from({ length: 1000 }, (_, i) => `xyw${i.toString(36)}vvv`);
    expect(far.filter((probe) => near.mayMatch(codesOf(probe), probe.length)).length).toBeLessThan(300);
  });
  it("lets everything through once a key too long to hash is in the set", () => {
    const near = new KeyFilter(true);
    near.add("m".repeat(200));
    expect(near.mayMatch(codesOf("gbtknr"), 6)).toBe(true);
  });
  it("rejects keys far from every key of the set", () => {
    const near = new KeyFilter(true);
    near.add("mkrsft");
    near.add("strgt");
    const far = ["gbtknr", "nnbbrr", "tkms", "bgbgbg", "rrsstt"];
    expect(far.filter((probe) => near.mayMatch(codesOf(probe), probe.length))).toEqual([]);
    for (const probe of ["mkrsft", "mkrsf", "mkrsfts", "nkrsft", "strgt", "srgt"]) expect(near.mayMatch(codesOf(probe), probe.length), probe).toBe(true);
  });
});

describe("firstClassCodeOfCodes", () => {
  it("is the code of firstClass's first character, or -1", () => {
    // Words longer than any Arabic letter name («دبليو»), whose first class firstClass reads from the name.
    fc.assert(
      fc.property(fc.string({ minLength: 6, maxLength: 12, unit: letter }), (w) => {
        const expected = firstClass(w);
        expect(firstClassCodeOfCodes(codesOf(w), 0, w.length)).toBe(expected === "" ? -1 : expected.charCodeAt(0));
      }),
    );
  });
  it("reads a letter name as its letter, and tells a vowel's letter name from a word with no consonant", () => {
    const code = (word: string): number => firstClassCodeOfCodes(codesOf(word), 0, word.length);
    expect([code("جي"), code("دبليو"), code("واي"), code("ايه"), code("او"), code("جوجل")]).toEqual([
      "g".charCodeAt(0),
      EMPTY_LETTER_NAME,
      EMPTY_LETTER_NAME,
      EMPTY_LETTER_NAME,
      -1,
      "g".charCodeAt(0),
    ]);
    expect(code("دبليوز")).toBe("d".charCodeAt(0)); // a longer word is no letter name
  });
});

function codesOf(text: string): Uint16Array {
  return Uint16Array.from(text, (ch) => ch.charCodeAt(0));
}
