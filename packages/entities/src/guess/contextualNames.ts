import type { Gazetteer } from "../gazetteer.js";
import { AMBIGUOUS_GIVEN, GIVEN_NAME, STOPWORD } from "../lexicon.js";
import { datelineAfter } from "../datelineCities.js";
import { type GuessScope, kindOfType } from "./scope.js";

/**
 * Stage 0: names that are also common words, after a trigger («شركة كريم», «صحيفة الشرق
 * الأوسط», «شركة Inflection»); then the same names anywhere else in the text (one sense per
 * text).
 */
export function guessContextualNames(s: GuessScope): void {
  const { norm, chars, pos, count, ks, ke, lexicon, gazetteer, linked } = s;
  const sensed = new Set<number>();
  // Places a dateline named («عدن – أعلن…»): a dateline names a place, so its other
  // mentions are as sure as those of a linked entry (pass 1).
  const placed = new Set<number>();
  if (gazetteer.contextualKeys.length > 0) {
    // Pass 1 reads an Arabic word only where a contextual name of a linked or placed entry
    // may start: the word's first and last letters are those of such a name's first word.
    // Most texts link no entry with an Arabic contextual name, and few words pass when one does.
    let starts: Uint8Array | null = null;
    const mayStartLinked = (w: number): boolean => starts !== null && starts[letterSlot(chars[ks[w]!]!) * LETTER_SLOTS + letterSlot(chars[ke[w]! - 1]!)] === 1;
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) starts = contextualStartPairs(gazetteer, placed.size === 0 ? linked : new Set([...linked, ...placed]));
      for (let w = 0; w < count; w++) {
        if (pass === 1 && s.isArabic(w) && !mayStartLinked(w)) continue;
        // Pass 1 links the other Latin mentions of a name a trigger settled, and a capitalized
        // name whose parent the text names («Office» in a text about Microsoft); an Arabic
        // contextual name («كريم») is as often the common word or a given name, so only once
        // the text named its entry by a name that is no common word (below).
        // The cheap tests come first: most words have no trigger before them.
        // A name in quotes or brackets alone is a name too («أعلنت «فوري»», «(تداول)»).
        const trigger = pass === 0 ? lexicon.triggerTypeBefore(w) : null;
        const quoted = pass === 0 && trigger === null && s.breakBefore(w) && s.openerBefore(w) ? s.quotedNameLast(w, true) : -1;
        const dateline = pass === 0 && trigger === null && quoted < 0 && s.opensLine(w);
        if (pass === 0 && trigger === null && quoted < 0 && !dateline) continue;
        const match = s.contextualAt(w);
        if (match === null || !s.free(w)) continue;
        if (dateline && (gazetteer.records[match.entry]!.type !== "LOCATION" || !datelineAfter(norm, pos[match.end - 1]! + 1))) continue;
        // An Arabic one only once the text named the entry unambiguously («Marvell» … «سهم
        // مارفل»), and not where it reads as a given name («كريم» in a text about Careem).
        if (pass === 1 && s.isArabic(w) && ((!linked.has(match.entry) && !placed.has(match.entry)) || (s.plainBits(w) | s.procliticBits(w)) & (GIVEN_NAME | AMBIGUOUS_GIVEN | STOPWORD))) continue;
        // A trigger announces its own type («منصة تداول» is a trading platform, not Tadawul).
        const quotedTrigger = quoted >= 0 ? lexicon.triggerTypeBeforeBreak(w) : null;
        if ((trigger ?? quotedTrigger ?? gazetteer.records[match.entry]!.type) !== gazetteer.records[match.entry]!.type) continue;
        if (pass === 1 && !s.isArabic(w) && !(sensed.has(match.entry) || parentNamed(s, match.entry, w))) continue;
        const last = s.lastWordBefore(w, match.end);
        if (quoted >= 0 && last !== quoted) continue;
        // Quotes mark the names of firms and products, not of places or people («لـ«الشرق»» is the outlet).
        if (quoted >= 0 && kindOfType(gazetteer.records[match.entry]!.type) !== "ORG") continue;
        let ok = true;
        for (let v = w; v <= last; v++) if (!s.free(v)) ok = false;
        if (!ok) continue;
        const entry = gazetteer.records[match.entry]!;
        s.pushListed(w, last, entry.type, match.entry);
        sensed.add(match.entry);
        if (dateline) placed.add(match.entry);
        w = last;
      }
    }
  }
}

/** Does the text name the entry's parent, and is word w capitalized as a name? */
function parentNamed(s: GuessScope, entry: number, w: number): boolean {
  const { gazetteer, linked } = s;
  const parent = gazetteer.entries[entry]!.parent;
  if (typeof parent !== "string") return false;
  const index = gazetteer.byId.get(parent);
  if (index === undefined || !linked.has(index)) return false;
  return /^\p{Lu}/u.test(s.wordText(w));
}

/** Slots of a letter in a pair table: one per Arabic letter code, 0 for any other character. */
const LETTER_SLOTS = 64;
const letterSlot = (code: number): number => (code > 0x620 && code < 0x620 + LETTER_SLOTS ? code - 0x620 : 0);

/**
 * The (first, last) letter pairs of the first words of the Arabic contextual names of the
 * linked entries, as a LETTER_SLOTS² table of 0/1; null when no linked entry has one.
 */
function contextualStartPairs(gazetteer: Gazetteer, linked: ReadonlySet<number>): Uint8Array | null {
  let pairs: Uint8Array | null = null;
  for (const entry of linked) {
    for (const word of gazetteer.arabicContextualFirstWords.get(entry) ?? []) {
      pairs ??= new Uint8Array(LETTER_SLOTS * LETTER_SLOTS);
      pairs[letterSlot(word.charCodeAt(0)) * LETTER_SLOTS + letterSlot(word.charCodeAt(word.length - 1))] = 1;
    }
  }
  return pairs;
}
