import { CONFIDENCE, type Candidate } from "../candidate.js";
import { UNLIKE_KEY } from "../keyStream.js";
import { ANY_TRIGGER, STOPWORD } from "../lexicon.js";
import { type LinkedKeys, linkedKeysOf } from "../linkedKeys.js";
import { KeyFilter, WordSkeletons } from "../phraseKeys.js";
import { EMPTY_LETTER_NAME, SKELETON_PER_UNIT, editDistance, firstClass, firstClassCodeOfCodes, joinCollapsed, leadingClassCodes, romanizationThreshold } from "../romanize.js";
import { Use, lendInt32, lendUint8, roomInt32, roomUint16, roomUint8 } from "../scratch.js";
import { STRIP_FORMS } from "../streamMatcher.js";
import { type GuessScope, LetterFact, TEH_MARBUTA } from "./scope.js";
import { articleLetters } from "./text.js";

/**
 * Stage 4: surnames of people found in this text («ألتمان» after «سام ألتمان»), and Arabic
 * spellings of names linked elsewhere in the text, by romanization key. Only for a text that
 * links some gazetteer entry.
 */
export function guessLinkedSpellings(s: GuessScope): void {
  const { source, norm, flags, chars, pos, count, ks, ke, out, taken, wordStarts, wordEnds, gazetteer, idOf, letters, types, typeOf, vocabulary, mapper, linked } = s;
  const found = [...linked];
  // Their romanization keys (worked out once per tagger and entry).
  const keysOf = linkedKeysOf(vocabulary, gazetteer);
  const linkedKeys = found.map(keysOf);
  // 1 at each length a linked key has, give or take one (a lookup table: phrases are many);
  // 1 at the first class of each key a window may match (classes are ASCII letters and
  // digits, data/romanization.json: 128 entries, any other code would go to a set).
  let longestKey = 0;
  for (const keys of linkedKeys) longestKey = Math.max(longestKey, keys.longest);
  const nearbyLength = lendUint8(Use.NearbyLengths, longestKey + 2);
  const nearLength = (length: number): boolean => nearbyLength[length] === 1;
  const firstClasses = roomUint8(Use.NearbyFirstCodes, 0x80);
  let otherFirstClasses: Set<number> | null = null;
  const startsLinkedKey = (firstCode: number): boolean => (firstCode < 0x80 ? firstClasses[firstCode] === 1 : otherFirstClasses?.has(firstCode) === true);
  // The person whose surname each key is (the first listed, when two share one).
  const surnameOwners = new Map<string, number>();
  for (const [i, entry] of found.entries()) {
    for (const length of linkedKeys[i]!.lengths) nearbyLength[length - 1] = nearbyLength[length] = nearbyLength[length + 1] = 1;
    for (const key of linkedKeys[i]!.windowKeys) {
      const code = key.charCodeAt(0);
      if (code < 0x80) firstClasses[code] = 1;
      else (otherFirstClasses ??= new Set()).add(code);
    }
    for (const key of gazetteer.lastWordKeysOf(entry)) if (!surnameOwners.has(key)) surnameOwners.set(key, entry);
  }
  // A word is a surname only when it has a surname's shape (length, first and last letter):
  // other words build no key string (a type's first word is asked about, for every type).
  // The shapes are bits of a small bit set (two shapes may share one: the map decides).
  const shapeBit = (length: number, first: number, last: number): number => (Math.imul(length, 0x9e3779b1) ^ (first << 7) ^ last) & (SHAPE_BITS - 1);
  const surnameShapes = roomInt32(Use.GuessSurnameShapes, SHAPE_BITS >> 5);
  for (const key of surnameOwners.keys()) {
    const bit = shapeBit(key.length, key.charCodeAt(0), key.charCodeAt(key.length - 1));
    surnameShapes[bit >> 5]! |= 1 << (bit & 31);
  }
  /** The person whose surname word w is, or -1 (asked once per word type). */
  const surnameOf = (w: number): number => {
    if (surnameOwners.size === 0) return -1;
    const bit = shapeBit(ke[w]! - ks[w]!, chars[ks[w]!]!, chars[ke[w]! - 1]!);
    if ((surnameShapes[bit >> 5]! & (1 << (bit & 31))) === 0) return -1;
    return surnameOwners.get(s.keyOf(w)) ?? -1;
  };
  // Romanization skeletons of the words (their normalized text), computed on first use:
  // windows of 1–3 words, and the other words of the same type, reuse them.
  const skeletons = new WordSkeletons(norm, (w) => pos[ks[w]!]!, (w) => pos[ke[w]! - 1]! + 1, types, (w) => (flags[ks[w]!]! & UNLIKE_KEY) === 0, vocabulary);
  /** collapseKey(skeletons of words first..last joined), built from the collapsed words. */
  const phraseKey = (first: number, last: number): string => {
    let key = skeletons.text(first);
    for (let v = first + 1; v <= last; v++) key = joinCollapsed(key, skeletons.text(v));
    return key;
  };
  // Most windows match no linked name: these filters say so from the window's codes before
  // any string is built (a single word must match a key exactly, a phrase within one edit).
  // Every window from a word starts with the word's skeleton, so a word whose skeleton is
  // more than one edit from every start of a linked key starts no match. Each filter is
  // sized for its hashes at once.
  let windowKeyCount = 0;
  let nearCount = 0;
  let startCount = 0;
  for (const keys of linkedKeys) {
    windowKeyCount += keys.windowKeys.length;
    nearCount += keys.nearCount;
    startCount += keys.startCount;
  }
  const exactFilter = new KeyFilter(false, windowKeyCount, { bits: Use.ExactFilterBits, hashes: Use.ExactFilterHashes });
  const nearFilter = new KeyFilter(true, nearCount, { bits: Use.NearFilterBits, hashes: Use.NearFilterHashes });
  const startFilter = new KeyFilter(true, startCount, { bits: Use.StartFilterBits, hashes: Use.StartFilterHashes });
  for (const keys of linkedKeys) {
    for (let k = 0; k < keys.windowKeys.length; k++) {
      exactFilter.addHashes(keys.exact[k]!);
      nearFilter.addHashes(keys.near[k]!);
      startFilter.addHashes(keys.starts[k]!);
    }
  }
  // The keys themselves, for the windows that pass the filters (few texts have one): made
  // on first use, in the order the entries were linked (the first key added wins).
  let nearby: { exact: Map<string, number>; keys: NearbyKeys } | null = null;
  const nearbyKeys = (): { exact: Map<string, number>; keys: NearbyKeys } => {
    if (nearby === null) {
      nearby = { exact: new Map(), keys: new NearbyKeys() };
      for (const [i, entry] of found.entries()) {
        for (const key of linkedKeys[i]!.windowKeys) {
          if (!nearby.exact.has(key)) nearby.exact.set(key, entry);
          nearby.keys.add(key, entry);
        }
      }
    }
    return nearby;
  };
  const windowCodes = roomUint16(Use.GuessWindowCodes, 64);
  // What this stage does with the words of a type is mostly settled by their letters, once
  // per type (see planOf): most words are skipped after two array reads.
  const plans = roomUint8(Use.GuessPlans, types.count); // Plan.Unknown until asked
  const surnameOfType = roomInt32(Use.GuessSurnameOfType, surnameOwners.size === 0 ? 0 : types.count);
  // A transliteration behind a consonant proclitic («لسنوبروك»): the rest of the word alone
  // must be a linked key of 5+ classes (as a single word must, below). Per type, the entry
  // its stem links to (-1: none) and the key characters skipped, worked out with its plan
  // from the first word of the type.
  const stemLinks = roomInt32(Use.GuessStemLinks, types.count, -1);
  const stemSkips = roomUint8(Use.GuessStemSkips, types.count);
  // The first two classes of the linked keys of 5+ classes, as bits of a small bit set
  // (made on first use; two pairs may share a bit): most stems start with no such pair and
  // build no skeleton.
  let stemPairs: Int32Array | null = null;
  const anyStemKey = linkedKeys.some((keys) => keys.longest >= 5);
  const stemLinkOf = (w: number): number => {
    const c0 = chars[ks[w]!]!;
    for (let length = 1; length <= 2; length++) {
      // A word starts with one stem form at most of each length: its first letter or two.
      const f = length === 1 ? STEM_FORM_OF_LETTER[c0]! : STEM_PAIR_STARTS[c0] === 0 ? -1 : (STEM_FORM_OF_PAIR.get(c0 * 0x10000 + chars[ks[w]! + 1]!) ?? -1);
      if (f < 0) continue;
      const skip = STRIP_FORMS[f]!.skip;
      const from = ks[w]! + skip;
      // 5 classes need letters enough (most stems are shorter).
      if ((ke[w]! - from) * SKELETON_PER_UNIT < 5 || articleLetters(chars, from, from + 2)) continue; // «بال…»: an article
      if (leadingClassCodes(chars, from, ke[w]!, LEADING_CLASSES) < 2) continue;
      stemPairs ??= stemPairsOf(linkedKeys);
      const bit = pairBit(LEADING_CLASSES[0]!, LEADING_CLASSES[1]!);
      if ((stemPairs[bit >> 5]! & (1 << (bit & 31))) === 0) continue;
      const slot = skeletons.stemSlot(w, pos[from]!);
      if (!skeletons.isKeyInSlot(slot, 5, exactFilter)) continue;
      const entry = nearbyKeys().exact.get(skeletons.textOf(slot));
      if (entry === undefined) continue;
      stemSkips[typeOf[w]!] = skip;
      return entry;
    }
    return -1;
  };
  /** Is word v the letter name of a vowel («إيه», «آي»)? (A fact of its letters, kept per type.) */
  const vowelLetterName = (v: number): boolean => {
    const at = idOf[v]! * LetterFact.Fields + LetterFact.FirstClass;
    if (letters[at] === 0) letters[at] = firstClassCodeOfCodes(chars, ks[v]!, ke[v]!) + 3;
    return letters[at]! - 3 === EMPTY_LETTER_NAME;
  };
  const planOf = (w: number): Plan => {
    const person = surnameOf(w);
    if (person >= 0) {
      surnameOfType[typeOf[w]!] = person;
      return Plan.Surname;
    }
    // A window needs an Arabic word of a name's shape whose first consonant's class starts
    // some linked key (the rest depends on the word itself: its lexicon bits, whether it is
    // free, its article, and its skeleton when it is not written as its key).
    if (!s.isArabic(w) || !s.nameLetters(w)) return Plan.Skip;
    const at = idOf[w]! * LetterFact.Fields + LetterFact.FirstClass;
    // The code of the first consonant's class, kept as code + 3 (2 = none, 1 = a vowel's
    // letter name: the phrase's class is the next word's).
    if (letters[at] === 0) letters[at] = firstClassCodeOfCodes(chars, ks[w]!, ke[w]!) + 3;
    const first = letters[at]! - 3;
    const mayStart = first === EMPTY_LETTER_NAME || (first >= 0 && startsLinkedKey(first));
    // Most words start with no stem form: one table read says so.
    const c0 = chars[ks[w]!]!;
    const mayStem = anyStemKey && (STEM_FORM_OF_LETTER[c0]! >= 0 || STEM_PAIR_STARTS[c0] !== 0);
    if (!mayStart && !mayStem) return Plan.Skip;
    // A stopword or a trigger starts nothing here: settled for the type when its lexicon
    // bits are the type's (asked of each word below otherwise). Asked this late: a fresh
    // type's lexicon answers are one more read far away.
    const typeBits = s.lexicon.typePlainBits(w);
    if (typeBits > 0 && (typeBits & (STOPWORD | ANY_TRIGGER)) !== 0) return Plan.Skip;
    const stem = (stemLinks[typeOf[w]!] = mayStem ? stemLinkOf(w) : -1);
    if (mayStart) return Plan.MayStartWindow;
    return stem >= 0 ? Plan.StemLinked : Plan.Skip;
  };
  /**
   * Where a name linked from the whole word w starts, in key characters from the word's
   * start: past a proclitic that adds nothing to the key («وسنوبروك» and «سنوبروك» are both
   * "snbrk"), unless it is a «و» that spells the name's first letter («وارنر» ↔ Warner).
   */
  const nameStartInWord = (w: number, entry: number): number => {
    const wholeKey = skeletons.text(w);
    for (const [f, { form, skip, virtual }] of STRIP_FORMS.entries()) {
      if (virtual !== "" || !formAt(chars, ks[w]!, ke[w]!, form)) continue;
      const from = ks[w]! + skip;
      if (articleLetters(chars, from, Math.min(from + 2, ke[w]!))) continue;
      if (skeletons.textOf(skeletons.stemSlot(w, pos[from]!)) !== wholeKey) continue;
      if (ADDS_NO_CLASS[f] === 1 && needsLeadingWaw(gazetteer.entries[entry]!, chars[from]!)) continue;
      return skip;
    }
    return 0;
  };
  /** Adds the name linked from words w..last, starting `skip` key characters into w. */
  const pushWindow = (w: number, last: number, entry: number, skip: number): void => {
    const start = skip === 0 ? wordStarts[w]! : mapper.toSourceStart(pos[ks[w]! + skip]!);
    const candidate: Candidate = { start, end: wordEnds[last]!, type: gazetteer.records[entry]!.type, entry, confidence: CONFIDENCE.romanization, source: "romanization" };
    if (skip > 0) candidate.prefix = source.slice(wordStarts[w], start);
    out.push(candidate);
    for (let v = w; v <= last; v++) taken[v] = 1;
  };
  for (let w = 0; w < count; w++) {
    const type = typeOf[w]!;
    let plan = plans[type] as Plan;
    if (plan === Plan.Unknown) plan = plans[type] = planOf(w);
    if (plan === Plan.Skip) continue;
    if (plan === Plan.Surname) {
      if (!s.free(w)) continue;
      if (!s.isArabic(w) && !/^\p{Lu}/u.test(s.wordText(w))) continue;
      out.push({ start: wordStarts[w]!, end: wordEnds[w]!, type: "PERSON", entry: surnameOfType[type]!, confidence: CONFIDENCE.coreference, source: "coreference" });
      taken[w] = 1;
      continue;
    }
    if (s.plainBits(w) & (STOPWORD | ANY_TRIGGER) || !s.free(w)) continue;
    // A window needs w to be a name word (its letters passed above) without an article, and
    // w's skeleton to begin some linked key; failing that, w's stem may be a linked name.
    // (The skeleton first: it rules out more words, and the article is read in the source.)
    if (plan === Plan.StemLinked || !skeletons.mayMatchWord(w, startFilter) || s.startsWithArticle(w)) {
      if (stemLinks[type]! >= 0) pushWindow(w, w, stemLinks[type]!, stemSkips[type]!);
      continue;
    }
    // The words from w on that may join a phrase (up to 3): name words without an article
    // (transliterated names carry none: a phrase with «ال…» words is Arabic prose), nor one
    // ending in «ة» (a transliteration writes a final vowel with «ا» or «ه»: «لهجة عربية» is
    // no Alibaba), in one phrase (no break before them).
    let phrase = 0;
    while (phrase < 3 && s.nameWord(w + phrase) && (phrase === 0 || !s.breakBefore(w + phrase)) && !s.startsWithArticle(w + phrase) && source.charCodeAt(wordEnds[w + phrase]! - 1) !== TEH_MARBUTA) phrase++;
    // Try the longest window first; one whose key is one edit from a linked key gives way
    // to a shorter one that is a linked key («مايكروسوفت يقع» is "mkrsftk": Microsoft, but
    // «يقع» is a verb).
    let entry = -1;
    let last = -1;
    for (let n = phrase; n >= 1; n--) {
      const end = w + n - 1;
      // Lengths first: collapsing joins removes at most one class per join.
      let rough = 0;
      for (let v = w; v <= end; v++) rough += skeletons.rough(v);
      let fits = false;
      for (let d = 0; d < n && !fits; d++) fits = nearLength(rough - d);
      if (!fits) continue;
      // The joined skeleton is `rough` long; cheap filter before collapsing.
      if (!nearLength(rough) && rough < 4) continue;
      // The collapsed key of the phrase is its words' collapsed skeletons joined, less one
      // class where a word ends with the class the next begins with: its length is known
      // before any string is built, and most phrases stop here.
      const keyLength = skeletons.phraseLength(w, end);
      if (!nearLength(keyLength)) continue;
      // A last word that adds no class to the key is no evidence that it belongs to the
      // name («سنوبروك يقع»: "snbrk" + "k" collapses to "snbrk"), unless it spells a letter
      // («ميسترال إيه آي» ↔ Mistral AI).
      if (n > 1 && skeletons.phraseLength(w, end - 1) === keyLength && !vowelLetterName(end)) continue;
      // One Arabic word has few consonants and many lookalikes («لتأمين» ↔ Altman): alone it
      // must have 5+ classes and match exactly; a phrase may be one edit away.
      if (n === 1 ? keyLength < 5 : keyLength < 4) continue;
      const codes = keyLength <= windowCodes.length ? windowCodes : new Uint16Array(keyLength);
      if (!(n === 1 ? exactFilter : nearFilter).mayMatch(codes, skeletons.writePhrase(w, end, codes))) continue;
      const key = phraseKey(w, end);
      const exact = nearbyKeys().exact.get(key);
      if (exact !== undefined) {
        entry = exact;
        last = end;
        break;
      }
      if (n === 1 || entry >= 0) continue;
      const near = nearbyKeys().keys.closest(key);
      if (near === undefined) continue;
      entry = near;
      last = end;
    }
    if (entry >= 0) {
      pushWindow(w, last, entry, nameStartInWord(w, entry));
      w = last;
    } else if (stemLinks[type]! >= 0) pushWindow(w, w, stemLinks[type]!, stemSkips[type]!);
  }
}

/**
 * Romanization keys of the names linked in a text, bucketed by first class (a
 * transliteration keeps the first consonant) and length, for "which linked name is this
 * phrase's key at most one edit from?".
 */
class NearbyKeys {
  /** first class → key length → [key, entry, order added] in the order added. */
  private readonly buckets = new Map<string, Map<number, Array<{ key: string; entry: number; order: number }>>>();
  private added = 0;

  add(key: string, entry: number): void {
    let byLength = this.buckets.get(key[0]!);
    if (byLength === undefined) {
      byLength = new Map<number, Array<{ key: string; entry: number; order: number }>>();
      this.buckets.set(key[0]!, byLength);
    }
    const list = byLength.get(key.length);
    if (list === undefined) byLength.set(key.length, [{ key, entry, order: this.added++ }]);
    else list.push({ key, entry, order: this.added++ });
  }

  /**
   * The entry of the first key added (with the same first class as `key`) within the
   * romanization threshold of `key`, or undefined. Only keys one length away or closer can
   * be within one edit, so only those lengths are read.
   */
  closest(key: string): number | undefined {
    const byLength = this.buckets.get(key[0]!);
    if (byLength === undefined) return undefined;
    let best: { entry: number; order: number } | undefined;
    for (let length = key.length - 1; length <= key.length + 1; length++) {
      for (const candidate of byLength.get(length) ?? NO_KEYS) {
        if (best !== undefined && candidate.order > best.order) break;
        const limit = romanizationThreshold(Math.max(candidate.key.length, key.length));
        if (editDistance(candidate.key, key, limit) <= limit) {
          best = candidate;
          break;
        }
      }
    }
    return best?.entry;
  }
}

/** An empty list of romanization keys, shared instead of a new array per lookup. */
const NO_KEYS: ReadonlyArray<{ key: string; entry: number; order: number }> = [];

/** What the co-mention stage does with the words of a type, by their letters (see guessLinkedSpellings). */
const enum Plan {
  Unknown,
  /** The surname of a person linked in the text. */
  Surname,
  /** No window of a linked name can start here. */
  Skip,
  /** A window may start here, depending on the word itself. */
  MayStartWindow,
  /** The word's stem after a proclitic is a linked name («لسنوبروك»); no window starts here. */
  StemLinked,
}

/** Bits of the surname-shape filter of the co-mention stage. */
const SHAPE_BITS = 1 << 12;

/** 1 for the STRIP_FORMS that add no class to a key («و»): a word and its stem after one share a key. */
const ADDS_NO_CLASS = Uint8Array.from(STRIP_FORMS, ({ form }) => (firstClass(form) === "" ? 1 : 0));

/**
 * The STRIP_FORMS a linked stem may follow: proclitics (not an article) that add a class, by
 * their letter (STEM_FORM_OF_LETTER: -1 for none) or their two letters (STEM_FORM_OF_PAIR,
 * by code · 0x10000 + code). «و» alone adds none: a word and its stem after it share a key.
 */
const STEM_FORM_OF_LETTER = new Int8Array(0x10000).fill(-1);
const STEM_FORM_OF_PAIR = new Map<number, number>();

/** 1 at the first letter of a two-letter stem form. */
const STEM_PAIR_STARTS = new Uint8Array(0x10000);
for (const [f, { form, virtual }] of STRIP_FORMS.entries()) {
  if (virtual !== "" || ADDS_NO_CLASS[f] === 1) continue;
  if (form.length === 1) STEM_FORM_OF_LETTER[form.charCodeAt(0)] = f;
  else if (form.length === 2) {
    STEM_FORM_OF_PAIR.set(form.charCodeAt(0) * 0x10000 + form.charCodeAt(1), f);
    STEM_PAIR_STARTS[form.charCodeAt(0)] = 1;
  } else throw new Error(`proclitic «${form}»: a linked stem is looked for after one or two letters only`);
}

/** Bits of the stem-pair filter of the co-mention stage. */
const PAIR_BITS = 1 << 12;

/** The bit of a pair of classes in the stem-pair filter. */
const pairBit = (first: number, second: number): number => (first * 0x80 + second) & (PAIR_BITS - 1);

/** The stem-pair filter of linked keys (see stemLinkOf): the bits of the first two classes of their keys of 5+ classes. */
function stemPairsOf(linkedKeys: readonly LinkedKeys[]): Int32Array {
  const pairs = lendInt32(Use.GuessStemPairs, PAIR_BITS >> 5);
  for (const keys of linkedKeys) {
    for (const key of keys.windowKeys) {
      if (key.length < 5) continue;
      const bit = pairBit(key.charCodeAt(0), key.charCodeAt(1));
      pairs[bit >> 5]! |= 1 << (bit & 31);
    }
  }
  return pairs;
}

/** Scratch space for the first two classes of a stem (see stemLinkOf). */
const LEADING_CLASSES = new Uint16Array(2);

/**
 * Does the word of key characters [k, kEnd) start with proclitic `form` and keep 3+ key
 * characters after it (as StreamMatcher.procliticStarts asks)?
 */
function formAt(chars: Uint16Array, k: number, kEnd: number, form: string): boolean {
  if (kEnd - k - form.length < 3) return false;
  for (let i = 0; i < form.length; i++) if (chars[k + i] !== form.charCodeAt(i)) return false;
  return true;
}

/**
 * For Latin initials Arabic may write «و», the other key letters that may write them: V
 * with «ف» or «ڤ», O and U with «ا». W has none, and «وو» may write "Wo" («وولف» ↔ Wolf)
 * as well as "and W": a «و» before W stays in the name.
 */
const WAW_INITIALS: ReadonlyMap<string, string> = new Map([
  ["w", ""],
  ["v", "فڤ"],
  ["o", "ا"],
  ["u", "ا"],
]);

/**
 * May a word's leading «و» be the first letter of the entry's name rather than «and»? When a
 * Latin name of the entry starts with W, V, O or U and the rest of the word (from key
 * letter `next`) does not write that letter otherwise: «وارنر» ↔ Warner, «وولف» ↔ Wolf, but
 * not «وفيريو» ↔ Vireo or «وأوراكل» ↔ Oracle.
 */
function needsLeadingWaw(entry: { canonical: string; names: Record<string, readonly string[]> }, next: number): boolean {
  const latin = [entry.canonical, ...Object.entries(entry.names).flatMap(([language, names]) => (language === "ar" ? [] : names))];
  return latin.some((name) => {
    const writers = WAW_INITIALS.get(name.charAt(0).toLowerCase());
    return writers !== undefined && !writers.includes(String.fromCharCode(next));
  });
}
