import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryEntries } from "../src/data/countries.generated.js";
import { RomanizationIndex, arabicSkeletonOfRange, collapseKey, editDistance, joinCollapsed, romanizationKey, romanizationThreshold, wordSkeleton } from "../src/romanize.js";
import { KeyTrie } from "../src/trie.js";
import { Gazetteer, matchKey } from "../src/gazetteer.js";
import { nameKey } from "../src/chars.js";
import { scanKeys, WORD_START, BREAK_BEFORE, LINE_START, OPENER_BEFORE, UNLIKE_KEY } from "../src/keyStream.js";
import { opensLine } from "../src/datelineCities.js";
import { linkedKeysOf } from "../src/linkedKeys.js";
import { KeyFilter } from "../src/phraseKeys.js";
import { Vocabulary } from "../src/vocabulary.js";
import { withListedNames } from "../src/listedNames.js";
import { isSettled } from "../src/resolve.js";
import { remembered } from "../src/remembered.js";
import type { Candidate } from "../src/candidate.js";

describe("KeyTrie", () => {
  it("finds exactly the keys it was built from (against a Set)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom("a", "b", "ب", "ت", "z") }), { maxLength: 40 }), fc.array(fc.string({ maxLength: 6, unit: fc.constantFrom("a", "b", "ب", "ت", "z") }), { maxLength: 20 }), (keys, probes) => {
        const trie = new KeyTrie(keys);
        for (const probe of [...keys, ...probes]) {
          const node = trie.walk(trie.root, probe);
          const index = node >= 0 ? trie.terminalOf(node) : -1;
          if (keys.includes(probe)) expect(keys[index]).toBe(probe);
          else expect(index).toBe(-1);
        }
      }),
    );
  });
  it("stays compact: one node per distinct prefix", () => {
    expect(new KeyTrie(["ab", "abc", "b"]).nodeCount).toBe(5);
  });
});

describe("key stream", () => {
  it("folds letters, skips marks, and marks word starts, script changes and breaks", () => {
    const text = "وOpenAI، مَايكروسوفت";
    const stream = scanKeys(text);
    const keys = String.fromCharCode(...stream.chars.subarray(0, stream.length));
    expect(keys).toBe("وopenaiمايكروسوفت");
    expect(stream.flags[1]! & WORD_START).toBeTruthy(); // o after و: a script change
    expect(stream.flags[7]! & BREAK_BEFORE).toBeTruthy(); // after the Arabic comma
    expect(nameKey("Open AI")).toBe(nameKey("OPENAI"));
    expect(nameKey("أوبن")).toBe(nameKey("اوبن"));
  });

  it("flags the first key character of each word whose text is not its key", () => {
    // Words: «شركة» (ة folds to ه), «سام», «Apple» (A folds), «ماي» + ZWNJ + «كروسوفت» (an ignored mark inside), «قوقل».
    const stream = scanKeys("شركة سام Apple ماي‌كروسوفت قوقل");
    const unlike = [...stream.wordStarts].map((k) => (stream.flags[k]! & UNLIKE_KEY) !== 0);
    expect(unlike).toEqual([true, false, true, true, false]);
  });

  it("flags the first key character of each word right after an opening quote or bracket", () => {
    // «شركة «دفعتك»» opens a quote; «(تداول)» a bracket; «“Copilot”» a curly quote; after «، » and «' » no opener.
    const text = "شركة «دفعتك» و(تداول) و“Copilot” ثم، سام 'Apple";
    const stream = scanKeys(text);
    const opened = [...stream.wordStarts].map((k) => (stream.flags[k]! & OPENER_BEFORE) !== 0);
    const expected = [...stream.wordStarts].map((k) => stream.pos[k]! > 0 && "«(“\"".includes(text[stream.pos[k]! - 1]!));
    expect(opened).toEqual([false, true, false, true, false, true, false, false, false]);
    expect(opened).toEqual(expected);
  });

  it("flags the first key character of each word that opens a line, as opensLine answers", () => {
    const stream = scanKeys("عدن – أعلن\n  صنعاء\r\n\tو«سام» \n،مأرب\n\u200fتعز");
    const opening = [...stream.wordStarts].map((k) => (stream.flags[k]! & LINE_START) !== 0);
    // عدن (the text's start), صنعاء (after spaces), و (after a tab); not مأرب (a comma first) nor تعز (an RLM first)
    expect(opening).toEqual([true, false, true, true, false, false, false]);
    const part = fc.constantFrom("شركة", " ", "\t", "\n", "\r", "، ", "«", "\u200f", "\u00a0", "-", "Open", "\u064e", "13");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        const stream = scanKeys(text);
        const flagged = [...stream.wordStarts].map((k) => (stream.flags[k]! & LINE_START) !== 0);
        expect(flagged).toEqual([...stream.wordStarts].map((k) => opensLine(text, stream.pos[k]!)));
      }),
    );
  });
});

describe("romanization", () => {
  it("gives transliterations and their Latin names one key", () => {
    const pairs: Array<[string, string]> = [
      ["ستارجيت", "Stargate"], ["مايكروسوفت", "Microsoft"], ["جوجل", "Google"], ["غوغل", "Google"],
      ["إنفيديا", "Nvidia"], ["برودكوم", "Broadcom"], ["بلومبرغ", "Bloomberg"], ["كوبايلوت", "Copilot"],
    ];
    for (const [arabic, latin] of pairs) expect(romanizationKey(arabic), `${arabic} / ${latin}`).toBe(romanizationKey(latin));
  });
  it("reads an Arabic word's skeleton in place as wordSkeleton does on the slice", () => {
    const letter = fc.constantFrom("ت", "ش", "ه", "ة", "ج", "ي", "ب", "ا", "إ", "ك", "س", "د", "ل", "و", "ر", "ن", "\u064E", "\u0640");
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: letter }), fc.string({ maxLength: 4, unit: letter }), fc.string({ maxLength: 4, unit: letter }), (word, before, after) => {
        const text = before + word + after;
        if (!/[\u0600-\u06ff]/u.test(word)) return;
        expect(arabicSkeletonOfRange(text, before.length, before.length + word.length)).toBe(wordSkeleton(word));
      }),
    );
    for (const word of ["جي", "بي", "دبليو", "تشات", "شركته", "ه"]) expect(arabicSkeletonOfRange(` ${word}تش`, 1, 1 + word.length)).toBe(wordSkeleton(word));
  });
  it("joins collapsed keys as collapsing the joined skeletons does", () => {
    const skeleton = fc.string({ maxLength: 6, unit: fc.constantFrom("k", "t", "s", "m") });
    fc.assert(
      fc.property(fc.array(skeleton, { minLength: 1, maxLength: 4 }), (parts) => {
        const joined = parts.map(collapseKey).reduce(joinCollapsed);
        expect(joined).toBe(collapseKey(parts.join("")));
      }),
    );
  });
  it("scales the accepted distance with the key length", () => {
    expect(romanizationThreshold(4)).toBe(0);
    expect(romanizationThreshold(5)).toBe(1);
    expect(editDistance("smltmn", "smlmn", 1)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
  it("computes the same bounded distance as a full Levenshtein table", () => {
    const levenshtein = (a: string, b: string): number => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
        row = next;
      }
      return row[b.length]!;
    };
    const key = fc.string({ maxLength: 7, unit: fc.constantFrom("k", "t", "s", "m") });
    fc.assert(
      fc.property(key, key, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(Math.min(editDistance(a, b, limit), limit + 1)).toBe(Math.min(levenshtein(a, b), limit + 1));
      }),
    );
  });
  it("looks up keys one edit away through the deletion index", () => {
    const index = new RomanizationIndex();
    const keys = [[romanizationKey("Sam Altman")], [romanizationKey("Oracle")]];
    index.add(keys[0]![0]!, 0);
    index.add(keys[1]![0]!, 1);
    const keyOf = (entry: number) => keys[entry]!;
    expect(index.lookup(romanizationKey("سام ألمان"), keyOf)).toEqual([0]); // a letter dropped
    expect(index.lookup(romanizationKey("سام التمان"), keyOf)).toEqual([0]);
    expect(index.lookup(romanizationKey("ركل"), keyOf)).toEqual([1]); // short keys: exact only, found
    expect(index.lookup(romanizationKey("ركلة"), keyOf, 0)).toEqual([1]);
    expect(index.lookup(romanizationKey("مراكب"), keyOf)).toEqual([]);
  });
});

describe("generated countries", () => {
  it("has every ISO 3166-1 country once, named in both languages", () => {
    expect(countryEntries.length).toBe(249);
    const ids = new Set(countryEntries.map((entry) => entry.id));
    expect(ids.size).toBe(249);
    for (const entry of countryEntries) {
      expect(entry.id).toMatch(/^location:country-[a-z]{2}$/);
      expect(entry.type).toBe("LOCATION");
      expect(entry.names.en?.length).toBeGreaterThan(0);
      // An Arabic name that is also a common word is contextual (data/country-aliases.json).
      const contextual = (entry.contextual as { ar?: string[] } | undefined)?.ar ?? [];
      expect((entry.names.ar?.length ?? 0) + contextual.length).toBeGreaterThan(0);
    }
    expect(countryEntries.find((entry) => entry.id === "location:country-eg")?.names.ar).toContain("مصر");
    expect(countryEntries.find((entry) => entry.id === "location:country-ml")?.contextual).toEqual({ ar: ["مالي"] });
  });
});

describe("Gazetteer.lastWordKeysOf", () => {
  const gazetteer = new Gazetteer({
    builtins: [
      { id: "person:sam", type: "PERSON", canonical: "Sam Altman", names: { en: ["Sam Altman", "Altman"], ar: ["سام ألتمان"] } },
      { id: "org:open", type: "ORG", canonical: "Open AI", names: { en: ["Open AI"] } },
    ],
    user: [],
    replaceBuiltins: false,
    notSurnames: new Set(),
  });
  it("gives the folded last words of a person's names of two words or more, in order", () => {
    expect(gazetteer.lastWordKeysOf(0)).toEqual([matchKey("Altman"), matchKey("ألتمان")]);
    // asked again: the same (kept) answer
    expect(gazetteer.lastWordKeysOf(0)).toBe(gazetteer.lastWordKeysOf(0));
  });
  it("gives none for other entries", () => {
    expect(gazetteer.lastWordKeysOf(1)).toEqual([]);
  });
});

describe("linkedKeysOf", () => {
  const gazetteer = new Gazetteer({
    builtins: [
      { id: "org:stargate", type: "ORG", canonical: "Stargate", names: { en: ["Stargate", "SG"] } },
      { id: "org:none", type: "ORG", canonical: "مجموعة", names: { ar: ["مجموعة"] } },
    ],
    user: [],
    replaceBuiltins: false,
    notSurnames: new Set(),
  });
  it("keeps an entry's window keys (4+ classes) with what each sets in the co-mention filters, once per vocabulary", () => {
    const vocabulary = new Vocabulary();
    const keysOf = linkedKeysOf(vocabulary, gazetteer);
    const keys = keysOf(0);
    const roman = gazetteer.romanKeys[0]!;
    expect(keys.windowKeys).toEqual(roman.filter((key) => key.length >= 4));
    expect(keys.windowKeys).toContain(romanizationKey("Stargate"));
    expect(keys.lengths).toEqual(roman.map((key) => key.length));
    expect(keys.longest).toBe(Math.max(...roman.map((key) => key.length)));
    expect(keys.exact).toEqual(keys.windowKeys.map((key) => new KeyFilter(false).hashesToAdd(key)));
    expect(keys.near).toEqual(keys.windowKeys.map((key) => new KeyFilter(true).hashesToAdd(key)));
    expect(keys.starts).toEqual(keys.windowKeys.map((key) => new KeyFilter(true).prefixHashesToAdd(key)));
    expect(keys.nearCount).toBe(keys.windowKeys.reduce((sum, key) => sum + key.length + 1, 0));
    expect(keys.startCount).toBe(keys.windowKeys.reduce((sum, key) => sum + (key.length * (key.length + 3)) / 2, 0));
    expect(keysOf(0)).toBe(keys);
    expect(linkedKeysOf(vocabulary, gazetteer)(0)).toBe(keys);
    expect(linkedKeysOf(new Vocabulary(), gazetteer)(0)).not.toBe(keys);
    // an entry with no Latin name has no romanization key
    expect(keysOf(1)).toMatchObject({ windowKeys: [], lengths: [], longest: 0, nearCount: 0, startCount: 0 });
  });
});

describe("withListedNames", () => {
  it("adds an untagged name between two tagged ones once, though both reach it", () => {
    const text = "تتنافس «أوراكل» و«زيلونيكس» و«سوفت بنك» على العقد";
    const at = (name: string, entry: number): Candidate => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, type: "ORG", entry, confidence: 0.97, source: "gazetteer" };
    };
    const out = withListedNames([at("أوراكل", 0), at("سوفت بنك", 1)], text);
    expect(out.map((c) => text.slice(c.start, c.end))).toEqual(["أوراكل", "زيلونيكس", "سوفت بنك"]);
    expect(isSettled(out, text.length)).toBe(true);
  });
});

describe("remembered", () => {
  it("computes an answer once per string, and starts again from empty when full", () => {
    const asked: string[] = [];
    const length = remembered(2, (key) => (asked.push(key), key.length));
    expect([length("و"), length("بال"), length("و"), length("بال")]).toEqual([1, 3, 1, 3]);
    expect(asked).toEqual(["و", "بال"]);
    length("لل"); // the third string: the two kept are forgotten first
    length("و");
    expect(asked).toEqual(["و", "بال", "لل", "و"]);
  });
});
