import { normalizeWithEdits } from "@qalam/normalize";
import { CONFIDENCE, type Candidate, withUniformShapes } from "./candidate.js";
import type { EntityEntry } from "./entry.js";
import { Gazetteer, matchKey } from "./gazetteer.js";
import type { AliasTarget } from "./gazetteer.js";
import { guessNames } from "./guess.js";
import { ARABIC, KeyStreamBuffers, OPENER_BEFORE, scanKeys } from "./keyStream.js";
import { Lexicon, type GivenNames, PREFIX_FORMS } from "./lexicon.js";
import { withoutAdjectivalPlaces } from "./adjectivalPlaces.js";
import { withBracketedAliases } from "./bracketedAliases.js";
import { withBrandedNames } from "./brandedNames.js";
import { withSurnamesInNames } from "./surnamesInNames.js";
import { withDatelineCities } from "./datelineCities.js";
import { withCoordinatedProducts } from "./coordinatedProducts.js";
import { withInstitutionNames } from "./institutionNames.js";
import { withListedNames } from "./listedNames.js";
import { withListedContextualNames } from "./listedContextualNames.js";
import { withNationalVisions } from "./nationalVisions.js";
import { withOfficialCompanyNames } from "./officialCompanyNames.js";
import { withNameSymbols } from "./nameSymbols.js";
import { withQuotedProducts } from "./quotedProducts.js";
import { hasVowelMarks, marksAgree, marksByLetter } from "./vowelMarks.js";
import { extendProductVersions } from "./productVersions.js";
import { isLetterName } from "./romanize.js";
import { Coverage, isSettled, mergeDisjoint, resolve } from "./resolve.js";
import { ForwardSpanMapper } from "./spanMapper.js";
import { STRIP_FORMS, StreamMatcher } from "./streamMatcher.js";
import type { Entity } from "./types.js";
import { WordLexicon } from "./wordLexicon.js";
import { wordsOf } from "./words.js";
import { plainArabicWords } from "./plainWords.js";
import { remembered } from "./remembered.js";
import type { KnownWords } from "./values/lexeme-table.js";
import { Vocabulary } from "./vocabulary.js";

/** Finds MONEY / PERCENT / DATE / TIME in a text (the values module). */
export type ValueFinder = (
  text: string,
  options: { referenceDate?: string; normalized?: { text: string; edits: { mapSpanToSource(start: number, end: number): { start: number; end: number } }; words?: KnownWords } },
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

/** Texts longer than this are tagged line by line in pieces of about this size. */
const CHUNK = 1 << 20;
/** The vocabulary's key for the gazetteer pass's "no name starts in words of this type". */
const NO_NAME = "noName";
/** The vocabulary's key for the values finder's "may a word of this type start an expression". */
const VALUE_START = "valueStart";

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/u;
const OPENER_CODES = new Set(Array.from("([{«\"“”'‘", (ch) => ch.charCodeAt(0)));
const TATWEEL = "\u0640";
const TATWEEL_CODE = 0x640;
const WAW = 0x648;

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
  // One chunk is tagged at a time (tagging is synchronous), so its key stream can always
  // use the same buffers.
  const buffers = new KeyStreamBuffers();
  // What the tagger learns about the words it meets, kept from one text to the next.
  const vocabulary = new Vocabulary();
  const settings = {
    values: options.values !== false && data.findValues !== undefined,
    guess: options.guess !== false,
    minConfidence: options.minConfidence ?? 0,
    referenceDate: options.referenceDate,
  };
  return {
    tag(text: string): Entity[] {
      if (typeof text !== "string") throw new TypeError(`text must be a string, got ${typeof text}`);
      // One chunk (nearly every text): no generator, no copy of the list.
      if (text.length <= CHUNK) return tagChunk(text, gazetteer, lexicon, data, settings, buffers, vocabulary);
      const out: Entity[] = [];
      for (const [start, end] of chunks(text)) {
        const piece = start === 0 && end === text.length ? text : text.slice(start, end);
        for (const entity of tagChunk(piece, gazetteer, lexicon, data, settings, buffers, vocabulary)) {
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

function tagChunk(
  source: string,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  data: TaggerData,
  settings: Settings,
  buffers: KeyStreamBuffers,
  vocabulary: Vocabulary,
): Entity[] {
  const { text: norm, edits: allEdits } = normalizeWithEdits(source, "search");
  // Spans are mapped word after word: a mapper that walks forward answers in O(1) each.
  const edits = new ForwardSpanMapper(allEdits);
  const stream = scanKeys(norm, buffers);
  const words = wordsOf(stream);
  const { pos } = stream;
  const types = vocabulary.typesOf(stream, words);
  const matcher = new StreamMatcher(stream, words, types, vocabulary);
  const wordLexicon = new WordLexicon(lexicon, matcher, stream, words);

  /** Source span of key characters [k0, k1). */
  const spanOf = (k0: number, k1: number): { start: number; end: number } =>
    edits.mapSpanToSource(pos[k0]!, pos[k1 - 1]! + 1);

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

  /**
   * Would stripping STRIP_FORMS[f] from Arabic word w leave a stem of three letters or fewer
   * after a preposition? For a brand such words are mostly common ones («بديل» "alternative"
   * is not ب + «ديل» Dell); a conjunction («وديل»), a stem with a leading alef («لأبل») and a
   * place («بدبي») still strip.
   */
  const shortStemAfterPreposition = (w: number, f: number): boolean => {
    const { form, skip, virtual } = STRIP_FORMS[f]!;
    const k = words.ks[w]! + skip;
    if (virtual !== "" || words.ke[w]! - k > SHORT_STEM || !(stream.flags[words.ks[w]!]! & ARABIC)) return false;
    const conjunctionOnly = form === "و" || form === "ف";
    return !conjunctionOnly && stream.chars[k] !== 0x627;
  };

  /** Longest contextual name (a name that is also a common word) starting at word w. */
  const contextualAt = (w: number): { end: number; entry: number } | null => {
    if (gazetteer.contextualKeys.length === 0) return null;
    const end = matcher.longestEndOfWord(gazetteer.contextualTrie, w, -1);
    return end < 0 ? null : { end, entry: gazetteer.contextualEntry[matcher.matchedKey]! };
  };

  /** Does the text write, on the name at word w (to key end `end`), the marks its contextual reading has in the data? */
  const marksNameContextual = (w: number, end: number): boolean => {
    // Few names have a contextual reading, and the word's type knows whether it starts one:
    // asked before the text's marks, which need the name's span in the source.
    const contextual = contextualAt(w);
    if (contextual === null || contextual.end !== end) return false;
    const span = spanOf(words.ks[w]!, end);
    if (!hasVowelMarks(source, span.start, span.end)) return false;
    return marksAgree(marksByLetter(source, span.start, span.end), gazetteer.contextualMarks[matcher.matchedKey] ?? null) === 1;
  };

  /**
   * The contextual name after the proclitic form `form` of word w («وعمّان»), ending at key end
   * `end`, when the text writes on it the marks its contextual reading has in the data; or null.
   */
  const markedContextualAfter = (w: number, form: number, skip: number, end: number): Candidate | null => {
    if (gazetteer.contextualKeys.length === 0 || matcher.longestEndOfWord(gazetteer.contextualTrie, w, form) !== end) return null;
    const key = matcher.matchedKey;
    const span = spanOf(words.ks[w]! + skip, end);
    if (!hasVowelMarks(source, span.start, span.end) || marksAgree(marksByLetter(source, span.start, span.end), gazetteer.contextualMarks[key] ?? null) !== 1) return null;
    const entry = gazetteer.contextualEntry[key]!;
    const prefix = source.slice(spanOf(words.ks[w]!, words.ks[w]! + 1).start, span.start);
    return { start: span.start, end: span.end, type: gazetteer.records[entry]!.type, confidence: CONFIDENCE.context, source: "context", entry, value: undefined, prefix };
  };

  // Every candidate of this stage is made with all of a candidate's fields, in the order
  // withUniformShapes gives them: the passes after resolving read them at one shape's speed.
  const candidates: Candidate[] = [];
  const linked = new Set<number>();

  /** Is word w «و» on a letter's name («وآي»)? Its letters say (the same for its type). */
  const wawOnLetterName = (w: number): boolean => {
    const k = words.ks[w]!;
    return stream.chars[k] === WAW && (stream.flags[k]! & ARABIC) !== 0 && isLetterName(stream.chars, k + 1, words.ke[w]!);
  };

  /** The listed name spelled in letters after «و» on word w («وآي بي إم» → IBM), or null. */
  const conjunctionOnLetterName = (w: number): Candidate | null => {
    const k = words.ks[w]!;
    if (w + 1 >= words.count || !wawOnLetterName(w)) return null;
    const end = matcher.longestEnd(gazetteer.trie, k + 1, "");
    if (end <= words.ke[w]!) return null;
    const span = spanOf(k + 1, end);
    const target = pickTarget(gazetteer.targets[matcher.matchedKey]!, span.start, span.end);
    if (target === null || target.derived) return null;
    const entry = gazetteer.records[target.entry]!;
    const prefix = source.slice(spanOf(k, k + 1).start, span.start);
    return { start: span.start, end: span.end, type: entry.type, confidence: CONFIDENCE.gazetteer, source: "gazetteer", entry: target.entry, value: undefined, prefix };
  };

  // The guessing stage reads the lexicon bits of (almost) every word, and the gazetteer
  // pass asks about triggers: filled at once, both read them from arrays.
  if (settings.guess) wordLexicon.fillAll(vocabulary);

  // 1. Gazetteer names, at every word start, whole or after a proclitic. Most words start
  // none, and when no walk through a word goes on past it, neither does any word of its
  // type: noName[type] is 1 then, or 3 when the word is «و» on a letter's name, which may
  // start a name spelled in letters (0 = not known yet, 2 = ask each word), kept by the
  // vocabulary (by the words' vocabulary numbers).
  const noName = vocabulary.factsOf(NO_NAME, 1, 0).table;
  for (let w = 0; w < words.count; w++) {
    const type = types.idOf[w]!;
    if (noName[type] === 1) continue;
    if (noName[type] === 3) {
      // «وإل جي», «وآي بي إم»: «و» on the first letter's name of a name spelled in letters,
      // a stem too short for the proclitic forms (they keep three letters or more).
      const spelled = conjunctionOnLetterName(w);
      if (spelled !== null) candidates.push(spelled);
      continue;
    }
    const k = words.ks[w]!;
    // The best match so far as plain numbers (bestEnd -1: none yet).
    let bestEnd = matcher.longestEndOfWord(gazetteer.trie, w, -1);
    let bestKey = matcher.matchedKey;
    let bestSkip = 0;
    let bestForm = -1;
    const strippable = matcher.procliticStarts(w);
    for (let f = 0; strippable !== 0 && f < STRIP_FORMS.length; f++) {
      if (!(strippable & (1 << f))) continue;
      const end = matcher.longestEndOfWord(gazetteer.trie, w, f);
      // Forms are tried longest first; of two names ending alike, the one that keeps more
      // of the word is read («وكسلا» is و + Kassala, not وك + Salé).
      if (end >= 0 && (end > bestEnd || (end === bestEnd && bestForm >= 0 && STRIP_FORMS[f]!.skip < bestSkip))) {
        bestEnd = end;
        bestKey = matcher.matchedKey;
        bestSkip = STRIP_FORMS[f]!.skip;
        bestForm = f;
      }
    }
    if (noName[type] === 0) noName[type] = bestEnd < 0 && matcher.walksEndInWord(gazetteer.trie, w) ? (wawOnLetterName(w) ? 3 : 1) : 2;
    if (bestEnd < 0) {
      const spelled = conjunctionOnLetterName(w);
      if (spelled !== null) candidates.push(spelled);
      continue;
    }
    // After a trigger, a name that is also a common word takes the trigger's reading:
    // «صحيفة الشرق الأوسط» is the newspaper, «الشرق الأوسط» alone the region. So it does
    // where the text writes the vowel marks the data gives it: «عمّان» is Amman, not Oman.
    // Also with the name in quotes after the trigger («صحيفة «الشرق الأوسط»»); the trigger's
    // type must be the entry's («منصة تداول» is a trading platform).
    const trigger = bestSkip === 0 ? (wordLexicon.triggerTypeBefore(w) ?? (stream.flags[k]! & OPENER_BEFORE ? wordLexicon.triggerTypeBeforeBreak(w) : null)) : null;
    if (bestSkip === 0 && (trigger !== null || marksNameContextual(w, bestEnd))) {
      const contextual = contextualAt(w);
      if (contextual !== null && contextual.end >= bestEnd && (trigger === null || gazetteer.records[contextual.entry]!.type === trigger)) {
        const span = spanOf(k, contextual.end);
        const entry = gazetteer.records[contextual.entry]!;
        candidates.push({ start: span.start, end: span.end, type: entry.type, confidence: CONFIDENCE.context, source: "context", entry: contextual.entry, value: undefined, prefix: undefined });
        continue;
      }
    }
    // The same after a proclitic: «وعمّان» is «و» and Amman.
    const marked = bestSkip > 0 ? markedContextualAfter(w, bestForm, bestSkip, bestEnd) : null;
    if (marked !== null) {
      candidates.push(marked);
      continue;
    }
    const span = spanOf(k + bestSkip, bestEnd);
    const target = pickTarget(gazetteer.targets[bestKey]!, span.start, span.end);
    if (target === null) continue;
    const entry = gazetteer.records[target.entry]!;
    // A surname alone is weak evidence: a trigger of another type reads the word its way
    // («مدينة تايلور» is a city, not Bret Taylor).
    if (target.derived && trigger !== null && trigger !== entry.type) continue;
    // (A name of several words is no common word: «لزين الكويت» is ل + Zain Kuwait.)
    if (bestForm >= 0 && entry.type !== "LOCATION" && bestEnd <= words.ke[w]! && shortStemAfterPreposition(w, bestForm)) continue;
    // A word that is itself a listed name's common-word spelling is that word, not a
    // proclitic and another one-word name («كابل» is a cable or Kabul, not ك + Apple; but
    // «وإس كيه هاينكس» is و + SK Hynix, though «واس» is also SPA).
    if (bestForm >= 0 && bestEnd <= words.ke[w]! && contextualAt(w)?.end === words.ke[w]) continue;
    candidates.push({
      start: span.start,
      end: span.end,
      type: entry.type,
      confidence: target.derived ? CONFIDENCE.surname : CONFIDENCE.gazetteer,
      source: "gazetteer",
      entry: target.entry,
      value: undefined,
      prefix: bestSkip > 0 ? source.slice(spanOf(k, k + 1).start, span.start) : undefined,
    });
  }

  // 2. Values.
  if (settings.values && data.findValues) {
    const date = settings.referenceDate;
    // The values module reuses this chunk's normalization and words instead of finding them again.
    const plainWords = plainArabicWords(stream, words, types.idOf, vocabulary.factsOf(VALUE_START, 1, 0).table);
    const options = {
      normalized: { text: norm, edits, words: plainWords },
      ...(date === undefined ? {} : { referenceDate: typeof date === "string" ? date : date.toISOString() }),
    };
    for (const value of data.findValues(source, options)) {
      candidates.push({ start: value.start, end: value.end, type: value.type, confidence: value.confidence ?? 0.95, source: value.source ?? "value", entry: undefined, value: value.value, prefix: value.prefix });
    }
  }

  let accepted = withInstitutionNames(withoutAdjectivalPlaces(resolve(candidates, source.length), source), source);
  for (const c of accepted) if (c.entry !== undefined) linked.add(c.entry);

  if (settings.guess) {
    const covered = new Coverage(accepted);
    const guesses = withUniformShapes(guessNames({ source, norm, stream, words, types, vocabulary, lexicon: wordLexicon, gazetteer, covered, linked, mapper: edits, contextualAt }));
    if (guesses.length > 0) {
      accepted = mergeDisjoint(accepted, guesses, covered, source.length) ?? resolve([...accepted, ...guesses], source.length);
      // People found by their context may be named in an institution's or a place's name too.
      accepted = withInstitutionNames(accepted, source);
    }
  }

  const named = withDatelineCities(withListedContextualNames(
    withListedNames(withBracketedAliases(withQuotedProducts(withCoordinatedProducts(extendProductVersions(withBrandedNames(withSurnamesInNames(withNationalVisions(withOfficialCompanyNames(withNameSymbols(accepted, source, gazetteer.entries), source), source, gazetteer), source), source, gazetteer), source), source), source), source), source),
    source,
    gazetteer,
  ), source, gazetteer);
  // Each post pass keeps the list sorted and disjoint; should one ever not (a pass that
  // misjudges an odd text), resolve settles it, so the promise of `tag` (sorted, never
  // overlapping) does not rest on every pass being right.
  const settled = isSettled(named, source.length) ? named : resolve(named, source.length);
  return toEntities(settled, source, gazetteer, settings.minConfidence);
}

/** Letters of a stem after a preposition that a gazetteer name must exceed unless it starts with alef («بديل»). */
const SHORT_STEM = 3;

/**
 * The entities of the accepted candidates at least `minConfidence` sure. A plain loop in
 * its own function: chained array callbacks at the end of tagChunk threw away its
 * optimized code on every chunk.
 */
function toEntities(accepted: readonly Candidate[], source: string, gazetteer: Gazetteer, minConfidence: number): Entity[] {
  const entities: Entity[] = [];
  for (const c of accepted) if (c.confidence >= minConfidence) entities.push(toEntity(c, source, gazetteer));
  return entities;
}

/**
 * The entity of a candidate: `canonical` and `id` when it is an entry's, `value` when it has
 * one, `prefix` when a proclitic is written against it, in that order. One object literal per
 * shape: an entity made with four properties and given the others one by one grew a property
 * store outside the object, and making the entities took a quarter longer.
 */
function toEntity(c: Candidate, source: string, gazetteer: Gazetteer): Entity {
  const { start, end, type, value, confidence, source: from } = c;
  const text = source.slice(start, end);
  const prefix = c.prefix ?? attachedPrefix(source, start);
  if (c.entry !== undefined) {
    const { canonical, id } = gazetteer.records[c.entry]!;
    if (value !== undefined) {
      return prefix ? { start, end, text, type, canonical, id, value, prefix, confidence, source: from } : { start, end, text, type, canonical, id, value, confidence, source: from };
    }
    return prefix ? { start, end, text, type, canonical, id, prefix, confidence, source: from } : { start, end, text, type, canonical, id, confidence, source: from };
  }
  if (value !== undefined) return prefix ? { start, end, text, type, value, prefix, confidence, source: from } : { start, end, text, type, value, confidence, source: from };
  return prefix ? { start, end, text, type, prefix, confidence, source: from } : { start, end, text, type, confidence, source: from };
}

/**
 * Is `written` (letters before a name) a proclitic form («و», «لـ», «بال» …) once folded? Kept
 * per spelling: a few spellings recur before thousands of names.
 */
const isPrefixForm = remembered(1024, (written) => PREFIX_FORMS.has(matchKey(written)));

/**
 * A proclitic written against the name but outside its word: «وOpenAI», «لـOpenAI»,
 * «بـ Open AI» (tatweel, then a space), «ل(OpenAI)» (an opening bracket). A proclitic
 * separated by a plain space («و OpenAI») is a separate word, not a prefix.
 */
function attachedPrefix(source: string, start: number): string | undefined {
  // Read as codes: one-character strings of Arabic letters would be allocated per entity.
  let i = start;
  const sawOpener = i > 0 && OPENER_CODES.has(source.charCodeAt(i - 1));
  if (sawOpener) i--;
  let end = i;
  if (!sawOpener) {
    // spaces count only after a tatweel joiner
    let j = i;
    while (j > 0 && (source.charCodeAt(j - 1) === 0x20 || source.charCodeAt(j - 1) === 0xa0)) j--;
    if (j < i && source.charCodeAt(j - 1) === TATWEEL_CODE) end = j;
  }
  let letters = end;
  // Arabic letters (U+0621–064A), harakat (U+064B–065F) and tatweel (U+0640, inside that range).
  while (letters > 0 && source.charCodeAt(letters - 1) >= 0x621 && source.charCodeAt(letters - 1) <= 0x65f) letters--;
  if (letters === end) return undefined;
  const written = source.slice(letters, end);
  if (!isPrefixForm(written)) return undefined;
  if (end === start && !written.includes(TATWEEL) && ARABIC_LETTER.test(source[start] ?? "")) return undefined;
  return written;
}
