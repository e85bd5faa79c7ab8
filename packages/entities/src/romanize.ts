import table from "../data/romanization.json";

/**
 * Romanization keys: a consonant skeleton that an Arabic spelling and a Latin spelling of
 * the same foreign name share. Vowels are dropped on both sides (Arabic writes them with
 * ا و ي or not at all, and Latin spellings vary), letters that Arabic merges are one class
 * (p/b → b, v/f → f, g/j/ج/غ → g, c/k/q/ك/ق → k), digraphs read as one sound
 * (sh/ch/ش → c, th → t, ph → f, -tion → c), repeated classes collapse, and a word-final
 * ه (usually a vowel) is dropped. «ستارجيت» and "Stargate" both give "strgt";
 * «شات جي بي تي» and "ChatGPT" both give "ctgbt" because Arabic letter names spelling an
 * acronym (جي، بي، تي) read as their letter.
 */
const arabic = new Map(Object.entries(table.arabic));
const arabicDigraphs = Object.entries(table.arabicDigraphs);
// The class of each single Arabic letter by UTF-16 code, read once per character.
const arabicByCode: Array<string | undefined> = [];
for (const [letter, cls] of arabic) if (letter.length === 1) arabicByCode[letter.charCodeAt(0)] = cls;
const letterNames = new Map(Object.entries(table.arabicLetterNames));
const latin = new Map(Object.entries(table.latin));
// Longest digraph first so "sch" wins over "sh".
const latinDigraphs = Object.entries(table.latinDigraphs).sort((a, b) => b[0].length - a[0].length);

const arabicDigraphStarts = new Set(arabicDigraphs.map(([from]) => from.charCodeAt(0)));
const latinDigraphStarts = new Set(latinDigraphs.map(([from]) => from.charCodeAt(0)));

function collapse(skeleton: string): string {
  // Skeletons are ASCII classes: compare code units, and keep the string when nothing repeats.
  let previous = -1;
  let repeats = false;
  for (let i = 0; i < skeleton.length && !repeats; i++) {
    const code = skeleton.charCodeAt(i);
    repeats = code === previous;
    previous = code;
  }
  if (!repeats) return skeleton;
  let out = "";
  previous = -1;
  for (let i = 0; i < skeleton.length; i++) {
    const code = skeleton.charCodeAt(i);
    if (code !== previous) out += skeleton[i];
    previous = code;
  }
  return out;
}

function arabicWordSkeleton(word: string): string {
  const named = letterNames.get(word);
  if (named !== undefined) return named;
  let out = "";
  for (let i = 0; i < word.length; i++) {
    // Digraphs are rare: look for one only where a digraph can start.
    const code = word.charCodeAt(i);
    const digraph = arabicDigraphStarts.has(code) ? arabicDigraphs.find(([from]) => word.startsWith(from, i)) : undefined;
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length - 1;
      continue;
    }
    if (code === 0x647 && i === word.length - 1 && i > 0) continue; // final ه writes a vowel
    out += arabicByCode[code] ?? "";
  }
  return out;
}

/** Length of the longest Arabic letter name: longer words skip the name lookup. */
const LONGEST_LETTER_NAME = Math.max(...[...letterNames.keys()].map((name) => name.length));
/** 1 at the first letter of an Arabic letter name: other words skip the name lookup. */
const letterNameStarts = new Uint8Array(0x10000);
for (const name of letterNames.keys()) letterNameStarts[name.charCodeAt(0)] = 1;
/** 1 where an Arabic digraph may start. */
const arabicDigraphStartCodes = new Uint8Array(0x10000);
for (const [from] of arabicDigraphs) arabicDigraphStartCodes[from.charCodeAt(0)] = 1;
/**
 * The class of each single Arabic letter as one UTF-16 code (0: none, the letter writes
 * a vowel or is not listed; MULTI: a class of several characters, read from `arabicByCode`).
 */
const MULTI = 0xffff;
const arabicClassCodes = new Uint16Array(0x10000);
for (const [code, cls] of arabicByCode.entries()) if (cls) arabicClassCodes[code] = cls.length === 1 ? cls.charCodeAt(0) : MULTI;

/** Index in `arabicDigraphs` of the first digraph at text[i] that ends by `to`, or -1. */
function digraphAt(text: string, i: number, to: number): number {
  for (let d = 0; d < arabicDigraphs.length; d++) {
    const form = arabicDigraphs[d]![0];
    if (i + form.length <= to && text.startsWith(form, i)) return d;
  }
  return -1;
}

/**
 * The skeleton of the Arabic word `text.slice(from, to)`, read in place: the same answer
 * as {@link wordSkeleton} on that slice (the tests compare them), without building the
 * word first — the tagger asks for the skeleton of almost every Arabic word of a text.
 */
export function arabicSkeletonOfRange(text: string, from: number, to: number): string {
  const scratch = (to - from) * SKELETON_PER_UNIT <= rangeScratch.length ? rangeScratch : new Uint16Array((to - from) * SKELETON_PER_UNIT);
  const length = arabicSkeletonInto(text, from, to, scratch, 0);
  let out = "";
  // One-character strings of small codes come from V8's cache: no allocation.
  for (let i = 0; i < length; i++) out += String.fromCharCode(scratch[i]!);
  return out;
}

function copyCodes(from: string, out: Uint16Array, at: number): number {
  for (let i = 0; i < from.length; i++) out[at++] = from.charCodeAt(i);
  return at;
}

/**
 * Most skeleton characters one UTF-16 unit of an Arabic word can give (a letter's class,
 * a digraph's or a letter name's skeleton over its length): sizes skeleton buffers.
 */
export const SKELETON_PER_UNIT = Math.ceil(
  Math.max(
    1,
    ...arabicByCode.filter((cls) => cls !== undefined).map((cls) => cls.length),
    ...arabicDigraphs.map(([from, cls]) => cls.length / from.length),
    ...[...letterNames].map(([name, cls]) => cls.length / name.length),
  ),
);

/** Scratch space of {@link arabicSkeletonOfRange} for words of ordinary length. */
const rangeScratch = new Uint16Array(64 * SKELETON_PER_UNIT);

/**
 * Writes the classes of {@link arabicSkeletonOfRange}(text, from, to) as UTF-16 codes into
 * `out` from index `at` and returns the index after the last one. `out` needs
 * `(to - from) * SKELETON_PER_UNIT` free places.
 */
export function arabicSkeletonInto(text: string, from: number, to: number, out: Uint16Array, at: number): number {
  if (to - from <= LONGEST_LETTER_NAME && letterNameStarts[text.charCodeAt(from)] === 1) {
    const named = letterNames.get(text.slice(from, to));
    if (named !== undefined) return copyCodes(named, out, at);
  }
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (arabicDigraphStartCodes[code] === 1) {
      const digraph = digraphAt(text, i, to);
      if (digraph >= 0) {
        at = copyCodes(arabicDigraphs[digraph]![1], out, at);
        i += arabicDigraphs[digraph]![0].length - 1;
        continue;
      }
    }
    if (code === 0x647 && i === to - 1 && i > from) continue; // final ه writes a vowel
    const cls = arabicClassCodes[code]!;
    if (cls === MULTI) at = copyCodes(arabicByCode[code]!, out, at);
    else if (cls !== 0) out[at++] = cls;
  }
  return at;
}

function latinWordSkeleton(word: string): string {
  const lower = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const digraph = latinDigraphStarts.has(lower.charCodeAt(i)) ? latinDigraphs.find(([from]) => lower.startsWith(from, i)) : undefined;
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length - 1;
      continue;
    }
    const ch = lower[i]!;
    if (ch === "h" && i === lower.length - 1 && i > 0) continue; // "Sarah", "Noah"
    out += latin.get(ch) ?? (ch >= "0" && ch <= "9" ? ch : "");
  }
  return out;
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** The skeleton of one word, not yet collapsed (join words' skeletons, then {@link collapseKey}). */
export function wordSkeleton(word: string): string {
  return ARABIC_LETTER.test(word) ? arabicWordSkeleton(word) : latinWordSkeleton(word);
}

/** The first consonant class of a word (what {@link wordSkeleton} would start with), or "". */
export function firstClass(word: string): string {
  if (!ARABIC_LETTER.test(word)) return latinWordSkeleton(word).charAt(0);
  if (letterNames.has(word) || word.startsWith("تش")) return arabicWordSkeleton(word).charAt(0);
  for (let i = 0; i < word.length; i++) {
    const cls = arabic.get(word[i]!);
    if (cls) return cls;
  }
  return "";
}

/**
 * Up to eight Arabic letters (U+0621–U+064A) as one number, 6 bits a letter after a leading
 * 1 (so that lengths differ; 49 bits at most, exact in a double); -1 for anything else.
 * Letter names are looked up by it without building a string.
 */
function packedLetters(codes: ArrayLike<number>, from: number, to: number): number {
  if (to - from > 8) return -1;
  let packed = 1;
  for (let i = from; i < to; i++) {
    const letter = codes[i]! - 0x620;
    if (letter < 1 || letter > 0x2a) return -1;
    packed = packed * 64 + letter;
  }
  return packed;
}

/**
 * What {@link firstClassCodeOfCodes} answers for an Arabic letter name that spells a vowel
 * («واي» Y, «إيه» A, «دبليو» W): its skeleton is empty, so a phrase starting with it starts
 * with the next word's class («واي كومبينيتور» ↔ "Y Combinator").
 */
export const EMPTY_LETTER_NAME = -2;

/** The skeleton of each Arabic letter name, by its packedLetters. */
const letterNamesByPacked = new Map<number, string>();
for (const [name, skeleton] of letterNames) {
  const packed = packedLetters(Array.from(name, (letter) => letter.charCodeAt(0)), 0, name.length);
  if (packed < 0) throw new Error(`romanization.json: the letter name «${name}» is not 1–8 Arabic letters`);
  letterNamesByPacked.set(packed, skeleton);
}

/** The letter names as the search normalization writes them (hamza carriers folded: «إن» → «ان»), packed. */
const FOLDED_LETTER = new Map([...Object.entries({ "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي" })].map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
const foldedLetterNames = new Set(
  [...letterNames.keys()].map((name) => packedLetters(Array.from(name, (letter) => FOLDED_LETTER.get(letter.charCodeAt(0)) ?? letter.charCodeAt(0)), 0, name.length)),
);

/** Is the Arabic word `codes[from..to)` (folded key characters) a Latin letter's name («إن» N, «تي» T, «إيه» A)? */
export function isLetterName(codes: ArrayLike<number>, from: number, to: number): boolean {
  return to - from <= LONGEST_LETTER_NAME && foldedLetterNames.has(packedLetters(codes, from, to));
}

/**
 * Writes into `out` the first `out.length` classes (or fewer, when the word has fewer) of
 * the collapsed skeleton of an Arabic word given as folded key characters
 * (`codes[from..to)`), read as {@link arabicSkeletonInto} reads a word (letter names,
 * digraphs, a word-final ه); returns how many. No string is built: the tagger asks this of
 * many words.
 */
export function leadingClassCodes(codes: ArrayLike<number>, from: number, to: number, out: Uint16Array): number {
  if (to - from <= LONGEST_LETTER_NAME && letterNameStarts[codes[from]!] === 1) {
    const named = letterNamesByPacked.get(packedLetters(codes, from, to));
    if (named !== undefined) return pushClasses(out, 0, named);
  }
  let count = 0;
  for (let i = from; i < to && count < out.length; i++) {
    const code = codes[i]!;
    if (arabicDigraphStartCodes[code] === 1) {
      const digraph = digraphAtCodes(codes, i, to);
      if (digraph >= 0) {
        count = pushClasses(out, count, arabicDigraphs[digraph]![1]);
        i += arabicDigraphs[digraph]![0].length - 1;
        continue;
      }
    }
    if (code === 0x647 && i === to - 1 && i > from) continue; // final ه writes a vowel
    const cls = arabicClassCodes[code]!;
    if (cls === MULTI) count = pushClasses(out, count, arabicByCode[code]!);
    else if (cls !== 0 && (count === 0 || out[count - 1] !== cls)) out[count++] = cls;
  }
  return count;
}

/** `digraphAt` for a word given as codes. */
function digraphAtCodes(codes: ArrayLike<number>, i: number, to: number): number {
  for (let d = 0; d < arabicDigraphs.length; d++) {
    const form = arabicDigraphs[d]![0];
    if (i + form.length > to) continue;
    let same = true;
    for (let j = 0; j < form.length && same; j++) same = codes[i + j] === form.charCodeAt(j);
    if (same) return d;
  }
  return -1;
}

/** Appends the classes of `skeleton` to `out[0..count)`, collapsing repeats, while room is left; returns the new count. */
function pushClasses(out: Uint16Array, count: number, skeleton: string): number {
  for (let k = 0; k < skeleton.length && count < out.length; k++) {
    const code = skeleton.charCodeAt(k);
    if (count === 0 || out[count - 1] !== code) out[count++] = code;
  }
  return count;
}

const FIRST_CLASS = new Uint16Array(1);

/**
 * The code of the first character of {@link firstClass} of an Arabic word given as folded key
 * characters (UTF-16 codes `codes[from..to)`), without building a string (see
 * leadingClassCodes); -1 when the word has no consonant, EMPTY_LETTER_NAME for a vowel's
 * letter name.
 */
export function firstClassCodeOfCodes(codes: ArrayLike<number>, from: number, to: number): number {
  if (leadingClassCodes(codes, from, to, FIRST_CLASS) === 1) return FIRST_CLASS[0]!;
  return to - from <= LONGEST_LETTER_NAME && letterNamesByPacked.get(packedLetters(codes, from, to)) === "" ? EMPTY_LETTER_NAME : -1;
}

/** Collapses repeated classes ("mmkrsft" → "mkrsft"). */
export const collapseKey = collapse;

/** `collapseKey(a + b)` for keys `a` and `b` that are already collapsed. */
export function joinCollapsed(a: string, b: string): string {
  return a !== "" && b !== "" && b.charCodeAt(0) === a.charCodeAt(a.length - 1) ? a + b.slice(1) : a + b;
}

/**
 * The romanization key of a name in either script (words are keyed one by one, then
 * joined): «ستارجيت» and "Stargate" → "strgt".
 */
export function romanizationKey(name: string): string {
  let out = "";
  for (const match of name.matchAll(WORD)) out += wordSkeleton(match[0]);
  return collapse(out);
}

/** Largest edit distance accepted between two keys: none for short keys, one from 5 classes. */
export function romanizationThreshold(length: number): number {
  return length >= 5 ? 1 : 0;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (limit === 0) return a === b ? 0 : 1;
  // The tagger only asks "within one edit?": answer in one pass, without a table.
  if (limit === 1) return withinOneEdit(a, b) ? (a === b ? 0 : 1) : 2;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** True when `a` and `b` differ by at most one substitution, insertion or deletion. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return a.length - b.length <= 1;
  // First difference at i: skip one character of `a` (deletion) or of both (substitution).
  const skipBoth = a.length === b.length ? 1 : 0;
  for (let j = i + 1; j < a.length; j++) if (a.charCodeAt(j) !== b.charCodeAt(j - 1 + skipBoth)) return false;
  return true;
}

/**
 * Finds entries by romanization key in O(key length) per lookup: exact keys, plus every
 * key with one class deleted (a symmetric-deletion index), so one substitution, insertion
 * or deletion is found without scanning the entries.
 */
export class RomanizationIndex {
  private readonly exact = new Map<string, number[]>();
  // Built on the first fuzzy lookup: most texts never need it, and for a 100k-entry
  // gazetteer it holds a million keys.
  private deletionIndex: Map<string, number[]> | null = null;

  private get deletions(): Map<string, number[]> {
    if (this.deletionIndex === null) {
      const index = new Map<string, number[]>();
      for (const [key, entries] of this.exact) {
        if (romanizationThreshold(key.length) === 0) continue;
        for (let i = 0; i < key.length; i++) for (const entry of entries) push(index, key.slice(0, i) + key.slice(i + 1), entry);
      }
      this.deletionIndex = index;
    }
    return this.deletionIndex;
  }

  /** Smallest key length indexed; shorter skeletons («أزور» → "zr") link too much. */
  static readonly MIN_LENGTH = 3;

  add(key: string, entry: number): void {
    if (key.length < RomanizationIndex.MIN_LENGTH) return;
    push(this.exact, key, entry);
    this.deletionIndex = null;
  }

  /**
   * Entries whose key is within the threshold of `key` (or within `maxDistance`, at most
   * 1), closest first.
   */
  lookup(key: string, keyOf: (entry: number) => readonly string[], maxDistance = 1): number[] {
    if (key.length < RomanizationIndex.MIN_LENGTH) return [];
    const found = new Set<number>(this.exact.get(key) ?? []);
    if (maxDistance > 0 && (romanizationThreshold(key.length) > 0 || key.length >= 4)) {
      const probes = [key];
      for (let i = 0; i < key.length; i++) probes.push(key.slice(0, i) + key.slice(i + 1));
      const deletions = this.deletions;
      for (const probe of probes) {
        for (const entry of this.exact.get(probe) ?? []) found.add(entry);
        for (const entry of deletions.get(probe) ?? []) found.add(entry);
      }
    }
    const scored: Array<[number, number]> = [];
    for (const entry of found) {
      let best = Infinity;
      for (const candidate of keyOf(entry)) {
        const limit = Math.min(maxDistance, romanizationThreshold(Math.max(candidate.length, key.length)));
        const d = editDistance(key, candidate, limit);
        if (d <= limit && d < best) best = d;
      }
      if (best !== Infinity) scored.push([best, entry]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return scored.map(([, entry]) => entry);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
