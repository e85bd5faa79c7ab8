import { normalizeWithEdits } from "@qalam/normalize";
import type { EntityEntry, EntryType } from "./entry.js";
import { Gazetteer, matchKey } from "./gazetteer.js";
import { KeyTrie } from "./trie.js";
import type { AliasTarget } from "./gazetteer.js";
import { ARABIC, BREAK_BEFORE, WORD_START, scanKeys } from "./keyStream.js";
import type { KeyStream } from "./keyStream.js";
import {
  AFTER_PERSON,
  AMBIGUOUS_GIVEN,
  ANY_TRIGGER,
  GIVEN_NAME,
  LAM_ARTICLE,
  LATIN_STOPWORDS,
  Lexicon,
  type GivenNames,
  PREFIX_FORMS,
  PROCLITICS,
  STOPWORD,
  typeOfTrigger,
} from "./lexicon.js";
import { collapseKey, editDistance, firstClassOfCodes, romanizationKey, romanizationThreshold, wordSkeleton } from "./romanize.js";
import { ForwardSpanMapper } from "./spanMapper.js";
import { CONFIDENCE, type Candidate } from "./candidate.js";
import { Coverage, mergeDisjoint, resolve } from "./resolve.js";
import type { Entity } from "./types.js";

/** Finds MONEY / PERCENT / DATE / TIME in a text (the values module). */
export type ValueFinder = (
  text: string,
  options: { referenceDate?: string; normalized?: { text: string; edits: { mapSpanToSource(start: number, end: number): { start: number; end: number } } } },
) => Entity[];

/** Options of {@link createTagger} and {@link tagEntities}. */
export interface TaggerOptions {
  /** Extra gazetteer entries (same JSON format as the built-in ones). */
  entities?: readonly EntityEntry[];
  /** Use only `entities`, without the built-in gazetteer and countries. Default false. */
  replaceBuiltins?: boolean;
  /** Resolves relative dates («نوفمبر الماضي»); without it they keep a partial value or none. */
  referenceDate?: Date | string;
  /** Find MONEY, PERCENT, DATE and TIME. Default true. */
  values?: boolean;
  /** Find names that no gazetteer lists (Latin runs, context, given names). Default true. */
  guess?: boolean;
  /** Drop entities less sure than this (0..1). Default 0. */
  minConfidence?: number;
}

/** A compiled tagger: build once with {@link createTagger}, then tag many texts. */
export interface Tagger {
  /** Entities of `text`, sorted by start, never overlapping. */
  tag(text: string): Entity[];
  /** The gazetteer entry with this id (extra fields included), or undefined. */
  entry(id: string): EntityEntry | undefined;
  /** Number of gazetteer entries. */
  readonly size: number;
}

/** What the tagger's built-in data provides (see builtins.ts). */
export interface TaggerData {
  entries: readonly EntityEntry[];
  givenNames: GivenNames;
  findValues?: ValueFinder;
}

const PROCLITIC_LETTERS: ReadonlySet<number> = new Set([...PROCLITICS, ...LAM_ARTICLE].map((form) => form.charCodeAt(0)));
/** Proclitic forms tried at an Arabic word start: «لل» (then a virtual «ال») first, longest first. */
const STRIP_FORMS: ReadonlyArray<{ form: string; skip: number; virtual: string }> = [
  ...LAM_ARTICLE.map((form) => ({ form, skip: form.length, virtual: "ال" })),
  ...PROCLITICS.map((form) => ({ form, skip: form.length, virtual: "" })),
];

/** Texts longer than this are tagged line by line in pieces of about this size. */
const CHUNK = 1 << 20;

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/u;
const OPENERS = new Set(["(", "[", "{", "«", "\"", "“", "”", "'", "‘"]);
const TATWEEL = "\u0640";

/**
 * Builds a tagger from the built-in data plus `options.entities`. Throws a `TypeError`
 * naming the entry when an entry has no id, type, canonical name or names, or an empty
 * alias, and an `Error` when two entries share an id.
 */
export function buildTagger(data: TaggerData, options: TaggerOptions = {}): Tagger {
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const lexicon = new Lexicon(data.givenNames);
  const gazetteer = new Gazetteer({
    builtins: data.entries,
    user: options.entities ?? [],
    replaceBuiltins: options.replaceBuiltins === true,
    notSurnames: lexicon.notSurnames,
  });
  const settings = {
    values: options.values !== false && data.findValues !== undefined,
    guess: options.guess !== false,
    minConfidence: options.minConfidence ?? 0,
    referenceDate: options.referenceDate,
  };
  return {
    tag(text: string): Entity[] {
      if (typeof text !== "string") throw new TypeError(`text must be a string, got ${typeof text}`);
      const out: Entity[] = [];
      for (const [start, end] of chunks(text)) {
        const piece = start === 0 && end === text.length ? text : text.slice(start, end);
        for (const entity of tagChunk(piece, gazetteer, lexicon, data, settings)) {
          if (start !== 0) {
            entity.start += start;
            entity.end += start;
          }
          out.push(entity);
        }
      }
      return out;
    },
    entry(id: string): EntityEntry | undefined {
      const index = gazetteer.byId.get(id);
      return index === undefined ? undefined : gazetteer.entries[index];
    },
    get size() {
      return gazetteer.entries.length;
    },
  };
}

/** Splits a long text at line breaks (or spaces, or anywhere but inside a surrogate pair). */
export function* chunks(text: string): Generator<[number, number]> {
  let start = 0;
  while (text.length - start > CHUNK) {
    let cut = lastIndexAfter(text, 0x0a, start, start + CHUNK);
    if (cut < 0) cut = lastIndexAfter(text, 0x20, start, start + CHUNK);
    if (cut < 0) {
      cut = start + CHUNK;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    } else cut++;
    yield [start, cut];
    start = cut;
  }
  yield [start, text.length];
}

/**
 * Last index in (from, to] holding `code`, or -1. Never reads before `from`: a native
 * lastIndexOf would scan back to the start of the text on a line with no break,
 * which made tagging a long single-line text quadratic.
 */
function lastIndexAfter(text: string, code: number, from: number, to: number): number {
  for (let i = to; i > from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

interface Settings {
  values: boolean;
  guess: boolean;
  minConfidence: number;
  referenceDate: Date | string | undefined;
}

/** One word of the key stream: key characters [ks, ke). */
interface Words {
  count: number;
  ks: Int32Array;
  ke: Int32Array;
}

function wordsOf(stream: KeyStream): Words {
  let count = 0;
  for (let k = 0; k < stream.length; k++) if (stream.flags[k]! & WORD_START) count++;
  const ks = new Int32Array(count);
  const ke = new Int32Array(count);
  let w = 0;
  for (let k = 0; k < stream.length; k++) {
    if (stream.flags[k]! & WORD_START) {
      if (w > 0) ke[w - 1] = k;
      ks[w++] = k;
    }
  }
  if (count > 0) ke[count - 1] = stream.length;
  return { count, ks, ke };
}

function tagChunk(source: string, gazetteer: Gazetteer, lexicon: Lexicon, data: TaggerData, settings: Settings): Entity[] {
  const { text: norm, edits: allEdits } = normalizeWithEdits(source, "search");
  // Spans are mapped word after word: a mapper that walks forward answers in O(1) each.
  const edits = new ForwardSpanMapper(allEdits);
  const stream = scanKeys(norm);
  const words = wordsOf(stream);
  const { chars, flags, pos } = stream;

  /** Source span of key characters [k0, k1). */
  const spanOf = (k0: number, k1: number): { start: number; end: number } =>
    edits.mapSpanToSource(pos[k0]!, pos[k1 - 1]! + 1);

  // The key of the last match `longestEnd` found: two numbers, not an object per word.
  let matchedKey = -1;
  /**
   * End of the longest trie match from key index k (optionally after a virtual prefix)
   * that ends at a word end, or -1; its key is left in `matchedKey`.
   */
  const longestEnd = (trie: Gazetteer["trie"], k: number, virtual: string): number => {
    let node = virtual === "" ? trie.root : trie.walk(trie.root, virtual);
    let bestEnd = -1;
    let bestKey = -1;
    for (let j = k; j < stream.length && node >= 0; j++) {
      if (j > k && flags[j]! & BREAK_BEFORE) break;
      node = trie.step(node, chars[j]!);
      if (node < 0) break;
      const key = trie.terminalOf(node);
      if (key >= 0 && (j + 1 >= stream.length || flags[j + 1]! & WORD_START)) {
        bestEnd = j + 1;
        bestKey = key;
      }
    }
    // One write to the shared slot per match, none for the many words with no match.
    if (bestEnd >= 0) matchedKey = bestKey;
    return bestEnd;
  };
  /** Longest trie match from key index k (optionally after a virtual prefix), ending at a word end. */
  const longest = (trie: Gazetteer["trie"], k: number, virtual: string): { end: number; key: number } | null => {
    const end = longestEnd(trie, k, virtual);
    return end < 0 ? null : { end, key: matchedKey };
  };

  /** Bit i set: STRIP_FORMS[i] may be stripped at word w (leaving 3+ key characters in the word). */
  const procliticStarts = (w: number): number => {
    const k = words.ks[w]!;
    // Most words start with no proclitic letter: answer at once.
    if (!(flags[k]! & ARABIC) || !PROCLITIC_LETTERS.has(chars[k]!)) return 0;
    const room = words.ke[w]! - k - 3;
    let mask = 0;
    for (let f = 0; f < STRIP_FORMS.length; f++) {
      const form = STRIP_FORMS[f]!.form;
      if (form.length > room) continue;
      let same = true;
      for (let i = 0; i < form.length && same; i++) same = chars[k + i] === form.charCodeAt(i);
      if (same) mask |= 1 << f;
    }
    return mask;
  };

  const sourceLetters = (start: number, end: number): string => source.slice(start, end).replace(/[^\p{L}\p{N}]/gu, "");

  const pickTarget = (targets: readonly AliasTarget[], start: number, end: number): AliasTarget | null => {
    let letters: string | null = null;
    for (const target of targets) {
      if (target.exact === null) return target;
      letters ??= sourceLetters(start, end);
      if (letters === target.exact) return target;
    }
    return null;
  };

  const candidates: Candidate[] = [];
  const linked = new Set<number>();
  // Per word and proclitic mode: lexicon bits, words spanned, proclitic length; -1 = not looked up.
  const lexiconBits = new Int32Array(2 * words.count).fill(-1);
  const lexiconWords = new Uint8Array(2 * words.count);
  const lexiconSkip = new Uint8Array(2 * words.count);

  /** The type a trigger right before word w announces («شركة X», «صحيفة X»), or null. */
  const triggerTypeBefore = (w: number): EntryType | null => {
    if (w === 0 || flags[words.ks[w]!]! & BREAK_BEFORE) return null;
    // A two-word trigger ending right before w, then a one-word one (read from the cache arrays).
    for (let back = 2; back >= 1; back--) {
      const t = w - back;
      if (t < 0) continue;
      const slot = 2 * t + 1;
      if (lexiconBits[slot] === -1) lexiconAt(t, true);
      if (lexiconWords[slot] === back) {
        const type = typeOfTrigger(lexiconBits[slot]!);
        if (type !== null) return type;
      }
    }
    return null;
  };
  /** Longest contextual name (a name that is also a common word) starting at word w. */
  const contextualAt = (w: number): { end: number; entry: number } | null => {
    if (gazetteer.contextualKeys.length === 0) return null;
    const match = longest(gazetteer.contextualTrie, words.ks[w]!, "");
    return match === null ? null : { end: match.end, entry: gazetteer.contextualEntry[match.key]! };
  };

  // 1. Gazetteer names, at every word start, whole or after a proclitic.
  for (let w = 0; w < words.count; w++) {
    const k = words.ks[w]!;
    // The best match so far as plain numbers (bestEnd -1: none yet).
    let bestEnd = longestEnd(gazetteer.trie, k, "");
    let bestKey = matchedKey;
    let bestSkip = 0;
    const strippable = procliticStarts(w);
    for (let f = 0; strippable !== 0 && f < STRIP_FORMS.length; f++) {
      if (!(strippable & (1 << f))) continue;
      const { skip, virtual } = STRIP_FORMS[f]!;
      const end = longestEnd(gazetteer.trie, k + skip, virtual);
      if (end >= 0 && end > bestEnd) {
        bestEnd = end;
        bestKey = matchedKey;
        bestSkip = skip;
      }
    }
    if (bestEnd < 0) continue;
    const best = { start: k + bestSkip, end: bestEnd, key: bestKey, skip: bestSkip };
    // After a trigger, a name that is also a common word takes the trigger's reading:
    // «صحيفة الشرق الأوسط» is the newspaper, «الشرق الأوسط» alone the region.
    if (best.skip === 0 && triggerTypeBefore(w) !== null) {
      const contextual = contextualAt(w);
      if (contextual !== null && contextual.end >= best.end) {
        const span = spanOf(k, contextual.end);
        const entry = gazetteer.entries[contextual.entry]!;
        candidates.push({ start: span.start, end: span.end, type: entry.type, entry: contextual.entry, confidence: CONFIDENCE.context, source: "context" });
        continue;
      }
    }
    const span = spanOf(best.start, best.end);
    const target = pickTarget(gazetteer.targets[best.key]!, span.start, span.end);
    if (target === null) continue;
    const entry = gazetteer.entries[target.entry]!;
    const candidate: Candidate = {
      start: span.start,
      end: span.end,
      type: entry.type,
      entry: target.entry,
      confidence: target.derived ? CONFIDENCE.surname : CONFIDENCE.gazetteer,
      source: "gazetteer",
    };
    if (best.skip > 0) candidate.prefix = source.slice(spanOf(k, k + 1).start, span.start);
    candidates.push(candidate);
  }

  // 2. Values.
  if (settings.values && data.findValues) {
    const date = settings.referenceDate;
    // The values module reuses this chunk's normalization instead of normalizing again.
    const options = {
      normalized: { text: norm, edits },
      ...(date === undefined ? {} : { referenceDate: typeof date === "string" ? date : date.toISOString() }),
    };
    for (const value of data.findValues(source, options)) {
      const candidate: Candidate = { start: value.start, end: value.end, type: value.type, confidence: value.confidence ?? 0.95, source: value.source ?? "value" };
      if (value.value !== undefined) candidate.value = value.value;
      if (value.prefix !== undefined) candidate.prefix = value.prefix;
      candidates.push(candidate);
    }
  }

  let accepted = resolve(candidates, source.length);
  for (const c of accepted) if (c.entry !== undefined) linked.add(c.entry);

  if (settings.guess) {
    const covered = new Coverage(source.length, accepted);
    const guesses = guessNames({
      source, norm, stream, words, lexicon, gazetteer, covered, linked,
      spanOf,
      wordBits: (w: number, allowProclitic: boolean) => lexiconAt(w, allowProclitic),
      contextualAt,
      triggerTypeBefore,
      bitsOf: (w: number, allowProclitic: boolean) => {
        const slot = 2 * w + (allowProclitic ? 1 : 0);
        if (lexiconBits[slot] === -1) lexiconAt(w, allowProclitic);
        return lexiconBits[slot]!;
      },
    });
    if (guesses.length > 0) accepted = mergeDisjoint(accepted, guesses, covered, source.length) ?? resolve([...accepted, ...guesses], source.length);
  }

  // Lexicon lookup of one word (or a multi-word trigger) at word w, cached per word.
  function lexiconAt(w: number, allowProclitic: boolean): { bits: number; words: number; skip: number } {
    const slot = 2 * w + (allowProclitic ? 1 : 0);
    if (lexiconBits[slot] === -1) {
      // The plain lookup is the first step of the one that may strip a proclitic, and
      // decides it when it finds a word: one trie walk serves both slots.
      const plain = 2 * w;
      if (lexiconBits[plain] === -1) {
        const k = words.ks[w]!;
        const direct = longest(lexicon.trie, k, "");
        store(plain, direct ? lexicon.bits[direct.key]! : 0, direct ? wordsSpanned(w, direct.end) : 0, 0);
      }
      if (allowProclitic) {
        const stripped = lexiconBits[plain] === 0 ? strippedLookup(w) : null;
        if (stripped) store(slot, stripped.bits, stripped.words, stripped.skip);
        else store(slot, lexiconBits[plain]!, lexiconWords[plain]!, 0);
      }
    }
    return { bits: lexiconBits[slot]!, words: lexiconWords[slot]!, skip: lexiconSkip[slot]! };
  }
  function store(slot: number, bits: number, wordCount: number, skip: number): void {
    lexiconBits[slot] = bits;
    lexiconWords[slot] = Math.min(wordCount, 255);
    lexiconSkip[slot] = skip;
  }
  /** Lexicon entry after the first proclitic form that leaves one, or null. */
  function strippedLookup(w: number): { bits: number; words: number; skip: number } | null {
    const k = words.ks[w]!;
    const strippable = procliticStarts(w);
    for (let f = 0; strippable !== 0 && f < STRIP_FORMS.length; f++) {
      if (!(strippable & (1 << f))) continue;
      const { skip, virtual } = STRIP_FORMS[f]!;
      const match = longest(lexicon.trie, k + skip, virtual);
      if (match) return { bits: lexicon.bits[match.key]!, words: wordsSpanned(w, match.end), skip };
    }
    return null;
  }
  function wordsSpanned(w: number, end: number): number {
    let n = 0;
    for (let v = w; v < words.count && words.ks[v]! < end; v++) n++;
    return n;
  }

  return accepted
    .filter((c) => c.confidence >= settings.minConfidence)
    .map((c) => toEntity(c, source, gazetteer));
}

interface GuessContext {
  source: string;
  norm: string;
  stream: KeyStream;
  words: Words;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  covered: Coverage;
  linked: ReadonlySet<number>;
  spanOf(k0: number, k1: number): { start: number; end: number };
  wordBits(w: number, allowProclitic: boolean): { bits: number; words: number; skip: number };
  /** Just the lexicon bits of word w (no allocation). */
  bitsOf(w: number, allowProclitic: boolean): number;
  contextualAt(w: number): { end: number; entry: number } | null;
  triggerTypeBefore(w: number): EntryType | null;
}

/**
 * Names no gazetteer lists: Latin runs inside Arabic text, Arabic names announced by a
 * trigger word or starting with a given name, surnames of people already found, and
 * Arabic spellings whose romanization key matches a known name.
 */
function guessNames(ctx: GuessContext): Candidate[] {
  const { source, norm, stream, words, covered, gazetteer } = ctx;
  const { flags, chars } = stream;
  const out: Candidate[] = [];
  const taken = new Uint8Array(words.count); // words used by a guess already

  // Source spans of words, mapped once each (mapping through Edits is the costly part).
  const wordStarts = new Int32Array(words.count).fill(-1);
  const wordEnds = new Int32Array(words.count);
  const wordSpan = (w: number): { start: number; end: number } => {
    if (wordStarts[w] === -1) {
      const span = ctx.spanOf(words.ks[w]!, words.ke[w]!);
      wordStarts[w] = span.start;
      wordEnds[w] = span.end;
    }
    return { start: wordStarts[w]!, end: wordEnds[w]! };
  };
  const isArabic = (w: number): boolean => (flags[words.ks[w]!]! & ARABIC) !== 0;
  const breakBefore = (w: number): boolean => (flags[words.ks[w]!]! & BREAK_BEFORE) !== 0;
  const free = (w: number): boolean => {
    if (taken[w]) return false;
    if (wordStarts[w] === -1) wordSpan(w);
    return !covered.overlaps(wordStarts[w]!, wordEnds[w]!);
  };
  const keyCache: Array<string | undefined> = [];
  const keyOf = (w: number): string => (keyCache[w] ??= String.fromCharCode.apply(null, chars.subarray(words.ks[w], words.ke[w]) as unknown as number[]));
  const skeletonCache: Array<string | undefined> = [];
  const skeletonOf = (w: number): string => (skeletonCache[w] ??= wordSkeleton(norm.slice(stream.pos[words.ks[w]!], stream.pos[words.ke[w]! - 1]! + 1)));
  const onlyProcliticLetters = (w: number): boolean => {
    for (let k = words.ks[w]!; k < words.ke[w]!; k++) if (!PROCLITIC_LETTERS.has(chars[k]!) && chars[k] !== 0x627) return false;
    return true;
  };
  // Read on the source: the search preset folds «أ» to «ا», and «ألتمان» has no article.
  const startsWithArticle = (w: number): boolean => {
    // Cheap test on key characters first: an article form has «ال» or «لل» in its first 4 letters.
    const k = words.ks[w]!;
    let found = false;
    for (let i = k; i < Math.min(k + 3, words.ke[w]! - 1); i++) if ((chars[i] === 0x627 || chars[i] === 0x644) && chars[i + 1] === 0x644) found = true;
    if (!found) return false;
    // The first letters of the source word, harakat and tatweel skipped: «[وفبك]?ال» or
    // «[وف]?لل», in a word of 4+ letters. Read in place: no string per word.
    if (wordStarts[w] === -1) wordSpan(w);
    const spanEnd = wordEnds[w]!;
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let letters = 0;
    for (let i = wordStarts[w]!; i < spanEnd && letters < 4; i++) {
      const c = source.charCodeAt(i);
      if ((c >= 0x64b && c <= 0x65f) || c === 0x640) continue;
      if (letters === 0) c0 = c;
      else if (letters === 1) c1 = c;
      else if (letters === 2) c2 = c;
      letters++;
    }
    if (letters < 4) return false;
    const alef = 0x627;
    const lam = 0x644;
    if ((c0 === alef || c0 === lam) && c1 === lam) return true; // «ال», «لل»
    if ((c0 === 0x648 || c0 === 0x641) && c1 === lam && c2 === lam) return true; // «ولل», «فلل»
    return (c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x643) && c1 === alef && c2 === lam; // «وال», «بال»…
  };

  // Lines holding Arabic letters: Latin runs are name candidates only inside Arabic text.
  const lineHasArabic = arabicLines(norm);

  const pushCandidate = (w0: number, w1: number, type: EntryType, confidence: number, source_: string, wantLink: boolean): void => {
    const start = wordSpan(w0).start;
    const end = wordSpan(w1 - 1).end;
    const candidate: Candidate = { start, end, type, confidence, source: source_ };
    if (wantLink) {
      const link = romanizationLink(ctx, ctx.norm.slice(ctx.stream.pos[words.ks[w0]!], ctx.stream.pos[words.ke[w1 - 1]! - 1]! + 1), w1 - w0 === 1);
      if (link !== null) {
        candidate.entry = link;
        candidate.type = gazetteer.entries[link]!.type;
        candidate.confidence = CONFIDENCE.romanization;
        candidate.source = "romanization";
      } else if (type === "PERSON" && w1 - w0 === 1) {
        // The context says this lone word is a person: link it when it is the surname of
        // exactly one listed person («أوضح سكوت، كبير…» → Kevin Scott).
        const person = gazetteer.surnameOwner.get(keyOf(w0));
        if (person !== undefined) candidate.entry = person;
      }
    }
    for (let w = w0; w < w1; w++) taken[w] = 1;
    out.push(candidate);
  };

  // Is word w an Arabic word that may be part of a name?
  const nameWord = (w: number): boolean => {
    if (w >= words.count || !isArabic(w) || !free(w)) return false;
    const length = words.ke[w]! - words.ks[w]!;
    if (length < 2 || (length <= 4 && onlyProcliticLetters(w) && PREFIX_FORMS.has(keyOf(w)))) return false; // «لـ» before a Latin name
    return (ctx.bitsOf(w, false) & (STOPWORD | ANY_TRIGGER)) === 0;
  };

  // 0. Names that are also common words, after a trigger («شركة كريم», «صحيفة الشرق الأوسط»,
  // «شركة Inflection»); then the same names anywhere else in the text (one sense per text).
  const contextualAt = (w: number): { end: number; entry: number } | null => ctx.contextualAt(w);
  const lastWordBefore = (from: number, end: number): number => {
    let v = from;
    while (v + 1 < words.count && words.ks[v + 1]! < end) v++;
    return v;
  };
  const sensed = new Set<number>();
  const parentNamed = (entry: number, w: number): boolean => {
    const parent = gazetteer.entries[entry]!.parent;
    if (typeof parent !== "string") return false;
    const index = gazetteer.byId.get(parent);
    if (index === undefined || !ctx.linked.has(index)) return false;
    const span = wordSpan(w);
    return /^\p{Lu}/u.test(source.slice(span.start, span.end));
  };
  if (gazetteer.contextualKeys.length > 0) {
    for (let pass = 0; pass < 2; pass++) {
      for (let w = 0; w < words.count; w++) {
        // Pass 1 links the other mentions of a name a trigger settled, and a capitalized
        // name whose parent the text names («Office» in a text about Microsoft); Latin ones
        // only: an Arabic contextual name («كريم») is as often the common word or a given name.
        // The cheap tests come first: most words have no trigger before them.
        if (pass === 0 ? ctx.triggerTypeBefore(w) === null : isArabic(w)) continue;
        const match = contextualAt(w);
        if (match === null || !free(w)) continue;
        if (pass === 1 && !(sensed.has(match.entry) || parentNamed(match.entry, w))) continue;
        const last = lastWordBefore(w, match.end);
        let ok = true;
        for (let v = w; v <= last; v++) if (!free(v)) ok = false;
        if (!ok) continue;
        const entry = gazetteer.entries[match.entry]!;
        out.push({ start: wordSpan(w).start, end: wordSpan(last).end, type: entry.type, entry: match.entry, confidence: CONFIDENCE.context, source: "context" });
        for (let v = w; v <= last; v++) taken[v] = 1;
        sensed.add(match.entry);
        w = last;
      }
    }
  }

  // 1. Latin runs inside Arabic lines.
  for (let w = 0; w < words.count; ) {
    if (isArabic(w)) {
      w++;
      continue;
    }
    let end = w + 1;
    while (end < words.count && !isArabic(end) && !breakBefore(end) && sameSpacing(norm, stream, words, end)) end++;
    const runStart = w;
    w = end;
    if (!lineHasArabic(stream.pos[words.ks[runStart]!]!)) continue;
    let anyCovered = false;
    for (let v = runStart; v < end; v++) if (!free(v)) anyCovered = true;
    if (anyCovered) continue; // the rest of a run holding a known name describes it («Azure Cloud»)
    let first = runStart;
    let last = end - 1;
    const nameLike = (v: number): boolean => {
      const span = wordSpan(v);
      const text = source.slice(span.start, span.end);
      return /\p{Lu}/u.test(text) && !LATIN_STOPWORDS.has(text.toLowerCase());
    };
    while (first <= last && !nameLike(first)) first++;
    while (last >= first && !nameLike(last)) last--;
    if (first > last) continue;
    let type: EntryType = "ORG";
    let confidence: number = CONFIDENCE.latinRun;
    const trigger = ctx.triggerTypeBefore(first);
    if (trigger !== null) {
      type = trigger;
      confidence = CONFIDENCE.context;
    } else if (ctx.bitsOf(first, false) & GIVEN_NAME && last > first) {
      type = "PERSON";
      confidence = CONFIDENCE.givenName;
    }
    pushCandidate(first, last + 1, type, confidence, "latin-run", false);
  }

  // 2. Arabic names after a trigger («شركة X», «السيد X», «الرئيس التنفيذي X»).
  for (let w = 0; w < words.count; w++) {
    if (!isArabic(w)) continue;
    if ((ctx.bitsOf(w, true) & ANY_TRIGGER) === 0) continue;
    const lex = ctx.wordBits(w, true);
    if (lex.words === 0) continue;
    const type = typeOfTrigger(lex.bits);
    if (type === null) continue;
    const first = w + lex.words;
    if (first >= words.count || breakBefore(first) || !nameWord(first) || startsWithArticle(first)) continue;
    const firstKey = keyOf(first);
    if (firstKey.endsWith("ه") && !(ctx.bitsOf(first, false) & GIVEN_NAME)) continue; // «شركة ناشئة»: an adjective
    let last = first;
    if (type === "PERSON" || type === "ORG") {
      if (nameWord(first + 1) && !breakBefore(first + 1) && !startsWithArticle(first + 1) && !keyOf(first + 1).endsWith("ه")) last = first + 1;
    }
    if (type === "PRODUCT" || type === "LOCATION" || type === "ORG") {
      // Product and place names in Arabic text are transliterations: keep only linked ones,
      // and an unlinked organisation needs a foreign-looking word (not a nisba adjective).
      const link = romanizationLink(ctx, norm.slice(stream.pos[words.ks[first]!], stream.pos[words.ke[last]! - 1]! + 1), first === last);
      if (link === null && type !== "ORG") continue;
      if (link === null && keyOf(last).endsWith("ي")) continue;
    }
    pushCandidate(first, last + 1, type, CONFIDENCE.context, "context", true);
    w = last;
  }

  // 3. Given names starting a 2–3 word name, and names before a title («X، الرئيس التنفيذي»).
  for (let w = 0; w < words.count; w++) {
    // The cached lexicon bits first: free() maps the word's span (all pure, same answers).
    if (!isArabic(w) || (ctx.bitsOf(w, true) & GIVEN_NAME) === 0 || !free(w)) continue;
    const lex = ctx.wordBits(w, true);
    // «على» is a preposition before it is the name «علي»: a stopword never starts a name.
    if (!(lex.bits & GIVEN_NAME) || lex.bits & STOPWORD || lex.words !== 1) continue;
    // A given name is weak evidence: strip only a conjunction before it («ومحمد»), not a
    // preposition («بيان» is a statement, not ب + «يان»).
    if (lex.skip > 1 || (lex.skip === 1 && chars[words.ks[w]!] !== 0x648 && chars[words.ks[w]!] !== 0x641)) continue;
    const second = w + 1;
    if (!nameWord(second) || breakBefore(second) || startsWithArticle(second)) continue;
    if (lex.bits & AMBIGUOUS_GIVEN && !(ctx.bitsOf(second, false) & GIVEN_NAME)) continue; // «حصة أكبر»
    let end = second + 1;
    const connector = /^(?:بن|ابن|ابو|عبد)$/u.test(keyOf(second));
    if (nameWord(end) && !breakBefore(end) && (startsWithArticle(end) || ctx.bitsOf(end, false) & GIVEN_NAME || connector)) end++;
    pushCandidate(w, end, "PERSON", CONFIDENCE.givenName, "given-name", true);
    if (lex.skip > 0) {
      const person = out[out.length - 1]!;
      const wordStart = wordSpan(w).start;
      person.start = ctx.spanOf(words.ks[w]! + lex.skip, words.ke[w]!).start;
      person.prefix = source.slice(wordStart, person.start);
    }
    w = end - 1;
  }
  for (let t = 1; t < words.count; t++) {
    if (!isArabic(t) || !breakBefore(t) || !(ctx.bitsOf(t, false) & AFTER_PERSON)) continue;
    if (!commaBefore(norm, stream.pos[words.ks[t]!]!)) continue;
    let first = t - 1;
    if (!nameWord(first)) continue;
    let count = 1;
    while (count < 3 && first - 1 >= 0 && !breakBefore(first) && nameWord(first - 1) && !startsWithArticle(first - 1)) {
      first--;
      count++;
    }
    if (startsWithArticle(first)) continue;
    // More than one word only from a given name on («ناقش سام ألتمان،» → «سام ألتمان»).
    while (first < t - 1 && !(ctx.bitsOf(first, false) & GIVEN_NAME)) first++;
    pushCandidate(first, t, "PERSON", CONFIDENCE.context, "context", true);
  }

  // 4. Surnames of people found in this text («ألتمان» after «سام ألتمان»), and Arabic
  // spellings of names linked elsewhere in the text, by romanization key.
  const found = [...ctx.linked];
  // Latin names of the entries linked in this text, for co-mention romanization, bucketed
  // by first class (a transliteration keeps the first consonant).
  const nearby = new Map<string, Array<{ key: string; entry: number }>>();
  const nearbyExact = new Map<string, number>();
  for (const entry of found) {
    for (const key of gazetteer.romanKeys[entry]!) {
      if (key.length < 4) continue;
      if (!nearbyExact.has(key)) nearbyExact.set(key, entry);
      const bucket = nearby.get(key[0]!);
      if (bucket) bucket.push({ key, entry });
      else nearby.set(key[0]!, [{ key, entry }]);
    }
  }
  const surnameKeys: string[] = [];
  const surnameEntries: number[] = [];
  const nearbyLengths = new Set<number>();
  for (const entry of found) {
    for (const key of gazetteer.romanKeys[entry]!) for (const d of [-1, 0, 1]) nearbyLengths.add(key.length + d);
    if (gazetteer.entries[entry]!.type !== "PERSON") continue;
    for (const list of Object.values(gazetteer.entries[entry]!.names)) {
      for (const alias of list) {
        const parts = alias.trim().split(/\s+/u);
        if (parts.length < 2) continue;
        surnameKeys.push(matchKey(parts[parts.length - 1]!));
        surnameEntries.push(entry);
      }
    }
  }
  // Surnames are looked up by walking a small trie over the word's key characters, so
  // no string is built per word.
  const surnames = new KeyTrie(surnameKeys);
  const surnameAt = (w: number): number => {
    let node = surnames.root;
    for (let k = words.ks[w]!; k < words.ke[w]! && node >= 0; k++) node = surnames.step(node, chars[k]!);
    const index = node >= 0 ? surnames.terminalOf(node) : -1;
    return index >= 0 ? surnameEntries[index]! : -1;
  };
  for (let w = 0; w < words.count; w++) {
    // The trie walk and the flag tests are cheaper than free(), which maps the word's span:
    // ask them first (all are pure, so the order changes no answer).
    const person = surnameKeys.length > 0 ? surnameAt(w) : -1;
    if (person >= 0) {
      if (!free(w)) continue;
      const span = wordSpan(w);
      if (!isArabic(w) && !/^\p{Lu}/u.test(source.slice(span.start, span.end))) continue;
      out.push({ ...span, type: "PERSON", entry: person, confidence: CONFIDENCE.coreference, source: "coreference" });
      taken[w] = 1;
      continue;
    }
    if (!isArabic(w) || found.length === 0) continue;
    if (ctx.bitsOf(w, false) & (STOPWORD | ANY_TRIGGER)) continue;
    // Try the longest window first (up to 3 words in one phrase).
    // No linked name starts with this word's first consonant: no window here can match.
    const first = firstClassOfCodes(chars, words.ks[w]!, words.ke[w]!);
    if (first === "" || !nearby.has(first) || !free(w)) continue;
    for (let n = 3; n >= 1; n--) {
      const last = w + n - 1;
      if (last >= words.count) continue;
      let ok = true;
      // Transliterated names carry no article: a phrase with «ال…» words is Arabic prose.
      for (let v = w; v <= last && ok; v++) if (!nameWord(v) || (v > w && breakBefore(v)) || startsWithArticle(v)) ok = false;
      if (!ok) continue;
      // Lengths first: collapsing joins removes at most one class per join.
      let rough = 0;
      for (let v = w; v <= last; v++) rough += skeletonOf(v).length;
      let fits = false;
      for (let d = 0; d < n && !fits; d++) fits = nearbyLengths.has(rough - d);
      if (!fits) continue;
      let skeleton = skeletonOf(w);
      for (let v = w + 1; v <= last; v++) skeleton += skeletonOf(v);
      if (!nearbyLengths.has(skeleton.length) && skeleton.length < 4) continue; // cheap filter before collapsing
      const key2 = collapseKey(skeleton);
      if (!nearbyLengths.has(key2.length)) continue;
      // One Arabic word has few consonants and many lookalikes («لتأمين» ↔ Altman): alone it
      // must have 5+ classes and match exactly; a phrase may be one edit away.
      if (n === 1 ? key2.length < 5 : key2.length < 4) continue;
      let entry: number | undefined = n === 1 ? nearbyExact.get(key2) : undefined;
      for (const candidate of n === 1 ? NO_KEYS : (nearby.get(key2[0]!) ?? NO_KEYS)) {
        const limit = n === 1 ? 0 : romanizationThreshold(Math.max(candidate.key.length, key2.length));
        if (editDistance(candidate.key, key2, limit) <= limit) {
          entry = candidate.entry;
          break;
        }
      }
      if (entry === undefined) continue;
      const start = wordSpan(w).start;
      const end = wordSpan(last).end;
      out.push({ start, end, type: gazetteer.entries[entry]!.type, entry, confidence: CONFIDENCE.romanization, source: "romanization" });
      for (let v = w; v <= last; v++) taken[v] = 1;
      w = last;
      break;
    }
  }
  return out;
}

/** An empty bucket of romanization keys, shared instead of a new array per window. */
const NO_KEYS: ReadonlyArray<{ key: string; entry: number }> = [];

/** Links an Arabic name to a gazetteer entry by romanization key, or null. */
function romanizationLink(ctx: GuessContext, text: string, singleWord: boolean): number | null {
  const key = romanizationKey(text);
  // One short word links too easily («ركل» ↔ Oracle): single words need 4+ classes.
  if (key.length < (singleWord ? 4 : 3)) return null;
  const hits = ctx.gazetteer.romanization.lookup(key, (entry) => ctx.gazetteer.romanKeys[entry]!);
  return hits[0] ?? null;
}


/** True when the last non-space character before index i in the normalized text is a comma. */
function commaBefore(norm: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = norm[j]!;
    if (ch === " " || ch === "\t" || ch === "\u00a0") continue;
    return ch === "،" || ch === ",";
  }
  return false;
}

/** Latin words of one run are separated by spaces or in-name punctuation only (no line break). */
function sameSpacing(norm: string, stream: KeyStream, words: Words, w: number): boolean {
  const from = stream.pos[words.ke[w - 1]! - 1]! + 1;
  const to = stream.pos[words.ks[w]!]!;
  for (let i = from; i < to; i++) if (norm[i] === "\n" || norm[i] === "\r") return false;
  return to - from <= 3;
}

/** A lookup "does the line around index i hold an Arabic letter?", linear to build. */
function arabicLines(norm: string): (i: number) => boolean {
  const starts: number[] = [0];
  const has: boolean[] = [false];
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code === 10) {
      starts.push(i + 1);
      has.push(false);
    } else if (code >= 0x621 && code <= 0x6d3 && !has[has.length - 1]) {
      if (ARABIC_LETTER.test(norm[i]!)) has[has.length - 1] = true;
    }
  }
  // Callers ask in increasing order: start from the line of the last answer when it fits.
  let line = 0;
  return (i: number) => {
    if (starts[line]! <= i && (line + 1 >= starts.length || starts[line + 1]! > i)) return has[line]!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    line = lo;
    return has[lo]!;
  };
}

function toEntity(c: Candidate, source: string, gazetteer: Gazetteer): Entity {
  const entity: Entity = { start: c.start, end: c.end, text: source.slice(c.start, c.end), type: c.type };
  if (c.entry !== undefined) {
    const entry = gazetteer.entries[c.entry]!;
    entity.canonical = entry.canonical;
    entity.id = entry.id;
  }
  if (c.value !== undefined) entity.value = c.value;
  const prefix = c.prefix ?? attachedPrefix(source, c.start);
  if (prefix) entity.prefix = prefix;
  entity.confidence = c.confidence;
  entity.source = c.source;
  return entity;
}

/**
 * A proclitic written against the name but outside its word: «وOpenAI», «لـOpenAI»,
 * «بـ Open AI» (tatweel, then a space), «ل(OpenAI)» (an opening bracket). A proclitic
 * separated by a plain space («و OpenAI») is a separate word, not a prefix.
 */
function attachedPrefix(source: string, start: number): string | undefined {
  let i = start;
  let sawOpener = false;
  while (i > 0 && OPENERS.has(source[i - 1]!) && !sawOpener) {
    i--;
    sawOpener = true;
  }
  let end = i;
  if (!sawOpener) {
    // spaces count only after a tatweel joiner
    let j = i;
    while (j > 0 && (source[j - 1] === " " || source[j - 1] === "\u00a0")) j--;
    if (j < i && source[j - 1] === TATWEEL) end = j;
  }
  let letters = end;
  // Arabic letters (U+0621–064A), harakat (U+064B–065F) and tatweel (U+0640, inside that range).
  while (letters > 0 && source.charCodeAt(letters - 1) >= 0x621 && source.charCodeAt(letters - 1) <= 0x65f) letters--;
  if (letters === end) return undefined;
  const written = source.slice(letters, end);
  if (!PREFIX_FORMS.has(matchKey(written))) return undefined;
  if (end === start && !written.includes(TATWEEL) && ARABIC_LETTER.test(source[start] ?? "")) return undefined;
  return written;
}
