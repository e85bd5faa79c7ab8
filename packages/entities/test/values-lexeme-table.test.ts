/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { normalizeWithEdits } from "@qalam/normalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INVERSE_OF_31, reverseHash, type AnchorIndex } from "../src/values/anchors.js";
import { daysInMonth } from "../src/values/calendar.js";
import { FOLD_TABLE } from "../src/values/fold.js";
import { CharKind, lex, rawKind, type Lexeme } from "../src/values/lexer.js";
import { LexemeWindow, scanLexemes, type LexemeTable } from "../src/values/lexeme-table.js";
import { lexicon } from "../src/values/lexicon.js";
import { isDigits, parseNumeral } from "../src/values/numerals.js";
import { scanKeys } from "../src/keyStream.js";
import { plainArabicWords } from "../src/plainWords.js";
import { Vocabulary } from "../src/vocabulary.js";
import { wordsOf } from "../src/words.js";

/**
 * The anchors as first defined: every number; every mark in `index.marks`; every
 * word whose reverseHash, or that of the word without up to four leading proclitic
 * letters (keeping one letter), is a key of the index (with the word or number
 * after it that the key asks for). Hashed from each word's end, one suffix at a time.
 */
function referenceAnchors(text: string, lexemes: readonly Lexeme[], index: AnchorIndex): number[] {
  const anchors: number[] = [];
  const fold = (code: number): number => FOLD_TABLE[code]!;
  const wordHashAt = (from: number): number => {
    let i = from;
    while (i < text.length && rawKind(text.charCodeAt(i)) === CharKind.Space) i++;
    let end = i;
    while (end < text.length && rawKind(text.charCodeAt(end)) === CharKind.Word) end++;
    let hash = 0;
    for (let k = end - 1; k >= i; k--) hash = (Math.imul(hash, 31) + fold(text.charCodeAt(k))) | 0;
    return hash;
  };
  const digitAfter = (from: number): boolean => {
    let i = from;
    while (i < text.length && rawKind(text.charCodeAt(i)) === CharKind.Space) i++;
    return i < text.length && rawKind(text.charCodeAt(i)) === CharKind.Digit;
  };
  lexemes.forEach((lexeme, k) => {
    const { start, end } = lexeme;
    if (lexeme.kind === "number") anchors.push(k);
    else if (lexeme.kind === "mark") {
      if (index.marks.has(fold(text.charCodeAt(start)))) anchors.push(k);
    } else {
      let run = 0;
      while (run < 4 && start + run < end - 1 && [0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0627].includes(fold(text.charCodeAt(start + run)))) run++;
      for (let from = start; from <= start + run; from++) {
        let hash = 0;
        for (let i = end - 1; i >= from; i--) hash = (Math.imul(hash, 31) + fold(text.charCodeAt(i))) | 0;
        const followers = index.beforeWords.get(hash);
        if (index.wordHashes.has(hash) || followers?.has(wordHashAt(end)) || (index.beforeNumber.has(hash) && digitAfter(end))) {
          anchors.push(k);
          break;
        }
      }
    }
  });
  return anchors;
}

/** One vocabulary for every check, as a tagger keeps one from text to text (with its facts). */
const vocabulary = new Vocabulary();

function checkTable(text: string): void {
  const index = lexicon().anchors;
  const table = scanLexemes(text, index);
  const lexemes = lex(text);
  expect(table.count).toBe(lexemes.length);
  const plain = ({ start, end, text, kind }: Lexeme) => ({ start, end, text, kind });
  expect(windowOf(table, 0, table.count).map(plain)).toEqual(lexemes.map(plain));
  expect([...table.anchors.subarray(0, table.anchorCount)]).toEqual(referenceAnchors(text, lexemes, index));
  // The same table from a tagger's plain Arabic words: the first time its types' facts are
  // asked, the second time read (the tables share their arrays: compared as copies).
  const full = copyOf(table);
  const stream = scanKeys(text);
  const words = wordsOf(stream);
  const types = vocabulary.typesOf(stream, words);
  for (let pass = 0; pass < 2; pass++) {
    const known = plainArabicWords(stream, words, types.idOf, vocabulary.factsOf("valueStart", 1, 0).table);
    expect(copyOf(scanLexemes(text, index, known))).toEqual(full);
  }
}

const copyOf = (table: LexemeTable) => ({
  starts: [...table.starts.subarray(0, table.count)],
  ends: [...table.ends.subarray(0, table.count)],
  anchors: [...table.anchors.subarray(0, table.anchorCount)],
});

/** The table's lexemes [first, end) as the matchers read them. */
function windowOf(table: LexemeTable, first: number, end: number): Lexeme[] {
  const window = new LexemeWindow();
  window.restart(first);
  window.extendTo(table, end);
  return window.lexemes;
}

const seeds = (): string[] => {
  const dir = new URL("../../../apps/demo/articles/", import.meta.url);
  return readdirSync(dir).map((name) => normalizeWithEdits(readFileSync(new URL(name, dir), "utf8"), "search").text);
};

describe("scanLexemes", () => {
  it("splits the seed articles as lex() does and marks the same anchors as hashing each word from its end, with or without a tagger's words", () => {
    for (const text of seeds()) checkTable(text);
  });

  it("does so on generated text: words with proclitics, numbers with separators, marks, surrogates, odd spaces", () => {
    const piece = fc.oneof(
      fc.constantFrom("مليار", "دولار", "العام", "الماضي", "هذا", "الساعة", "تمام", "خمسة", "نوفمبر", "تشرين", "الثاني", "أمس", "أول", "يوم"),
      fc.constantFrom("و", "ب", "ل", "ف", "ك", "ال", "بال", "وال", "لل", "ـ", "%", "$", "€", "US$", "٪", "،", ".", ",", ":", "\uD83D\uDE00", "\uD83D", "\uDE00"),
      fc.stringMatching(/^[\d\u0660-\u0669]{1,4}([.,:٫٬]\d{1,3})?$/),
      fc.string({ maxLength: 6, unit: fc.constantFrom("ا", "ل", "و", "ب", "م", "ي", "ر", "ن", "ة", "أ", "\u064E", "\u0640", "\u200F", "a", "Z", "1", "-", "/") }),
    );
    // Up to four proclitic letters glued to a word that starts an expression («فبالمليار»).
    const glued = fc.tuple(fc.string({ maxLength: 5, unit: fc.constantFrom("و", "ف", "ب", "ل", "ك", "ا") }), fc.constantFrom("مليار", "عام", "الساعة", "امس", "هذا", "نوفمبر", "م", "ص"));
    const gap = fc.constantFrom("", " ", "  ", "\n", "\u00A0", "\t", "\u2003");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(piece, glued.map(([p, w]) => p + w)), gap), { maxLength: 30 }), (parts) =>
        checkTable(parts.map(([p, g]) => p + g).join("")),
      ),
      { numRuns: 400 },
    );
  });

  it("grows its arrays for text with more lexemes than its first guess", () => {
    // One mark per code unit: four times the lexemes it allocates for at first.
    const text = "%".repeat(5000) + " 5".repeat(3000);
    const table = scanLexemes(text, lexicon().anchors);
    expect(table.count).toBe(8000);
    expect(table.anchorCount).toBe(8000);
    expect(windowOf(table, 7999, 8000)[0]).toMatchObject({ start: text.length - 1, end: text.length, kind: "number" });
  });

  it("gives a new window the lexemes of its own text, reusing the last window's objects", () => {
    const window = new LexemeWindow();
    const first = scanLexemes("في عام 2025 نما بنسبة 20%", lexicon().anchors);
    window.restart(0);
    window.extendTo(first, first.count);
    const reused = window.lexemes[1];
    expect(window.lexemes.map((lexeme) => lexeme.text)).toEqual(["في", "عام", "2025", "نما", "بنسبه", "20", "%"]);
    const second = scanLexemes("مليار دولار", lexicon().anchors);
    window.restart(0);
    window.extendTo(second, 1);
    window.extendTo(second, 2);
    expect(window.lexemes.map(({ start, end, text, kind }) => ({ start, end, text, kind }))).toEqual([
      { start: 0, end: 5, text: "مليار", kind: "word" },
      { start: 6, end: 11, text: "دولار", kind: "word" },
    ]);
    expect(window.lexemes[1]).toBe(reused);
    window.release();
    expect(window.lexemes).toEqual([]);
  });

  it("removes a leading letter from a forward hash with 31⁻¹ (mod 2³²)", () => {
    expect(Math.imul(31, INVERSE_OF_31)).toBe(1);
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 12 }), (word) => {
        expect(Math.imul(reverseHash(word) - word.charCodeAt(0), INVERSE_OF_31)).toBe(reverseHash(word.slice(1)));
      }),
    );
  });
});

describe("phrase tables", () => {
  it("find the longest key that joining lexeme texts with spaces would find", () => {
    const lx = lexicon();
    const tables = [lx.currencyNames, lx.months, lx.relativeDays, lx.percentWords, lx.hourWords, lx.units];
    const words = [...new Set(tables.flatMap((t) => [...t.map.keys()].flatMap((key) => key.split(" "))))];
    const joinedMatch = (table: (typeof tables)[number], lexemes: readonly Lexeme[], i: number) => {
      let best: { value: unknown; end: number } | null = null;
      for (let n = 0; n < table.maxWords && i + n < lexemes.length; n++) {
        const value = table.map.get(lexemes.slice(i, i + n + 1).map((l) => l.text).join(" "));
        if (value !== undefined) best = { value, end: i + n + 1 };
      }
      return best;
    };
    const keys = tables.flatMap((t) => [...t.map.keys()]);
    // A key, cut or whole, between random words: shorter keys inside longer ones are the point.
    const sequence = fc.tuple(
      fc.array(fc.constantFrom(...words), { maxLength: 2 }),
      fc.constantFrom(...keys).chain((key) => fc.nat(key.split(" ").length).map((cut) => key.split(" ").slice(0, cut + 1))),
      fc.array(fc.constantFrom(...words, "x", "من"), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(sequence, fc.nat(7), ([before, key, after], at) => {
        const texts = [...before, ...key, ...after];
        const lexemes = texts.map((text, k) => ({ start: k, end: k + 1, text, kind: "word" as const }));
        for (const i of [before.length, at % lexemes.length]) {
          for (const table of tables) expect(table.match(lexemes, i)).toEqual(joinedMatch(table, lexemes, i));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("daysInMonth", () => {
  it("counts as Date.UTC does, years 0-99 read as 1900-1999 included", () => {
    for (let year = -500; year <= 3000; year++) {
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
    for (const [year, month] of [[24, 2], [0, 2], [1900, 2], [2000, 2], [2024.5, 2], [300000, 2], [2024, 0], [2024, 13]] as const) {
      expect(daysInMonth(year, month)).toEqual(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
  });
});

describe("isDigits", () => {
  it("answers as /^\\d{min,max}$/ does", () => {
    const text = fc.string({ maxLength: 8, unit: fc.constantFrom("0", "5", "9", "٥", "a", ".", ",", " ", "/", ":") });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 4 }), (t, min, extra) => {
        expect(isDigits(t, min, min + extra)).toBe(new RegExp(`^\\d{${min},${min + extra}}$`).test(t));
        expect(isDigits(t, 1, Infinity)).toBe(/^\d+$/.test(t));
      }),
    );
    expect(parseNumeral("0042")).toEqual({ digits: "0042", decimals: 0, value: 42 });
  });
});
