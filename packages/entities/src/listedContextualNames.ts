import { CONFIDENCE, type Candidate } from "./candidate.js";
import { matchKey, type Gazetteer } from "./gazetteer.js";
import { nextListItem, previousListItem } from "./listItems.js";
import { remembered } from "./remembered.js";

/**
 * Places listed together are places: «في إربد والزرقاء والعقبة», «في سوسة ونابل». A
 * place name that is also a common word (a `contextual` LOCATION name: «الزرقاء» is also
 * "the blue one", «العقبة» "the obstacle") joined by «و» or a comma to a place the gazetteer
 * pass found is that place. The list is followed both ways from each listed place, and each
 * place so found carries it on («إربد والزرقاء والعقبة»: «العقبة» after «الزرقاء»). So are
 * companies joined by «و» («منصات مثل أمازون ونون»: «نون» is also a letter's name); not by
 * a comma alone, after which a common word is as often what the sentence goes on with
 * («أمازون، جاهز…»).
 */
/** Characters read around a place for a neighbour (two words fit). */
const WINDOW = 40;

/** `accepted` (sorted, disjoint) with the contextual places and companies listed beside a listed one. */
export function withListedContextualNames(accepted: Candidate[], source: string, gazetteer: Gazetteer): Candidate[] {
  if (gazetteer.contextualKeys.length === 0) return accepted;
  let added: Candidate[] | null = null;
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    const { type } = c;
    if ((type !== "LOCATION" && type !== "ORG") || c.entry === undefined) continue;
    const floor = accepted[i - 1]?.end ?? 0;
    const ceiling = accepted[i + 1]?.start ?? source.length;
    // Most names have no join next to them: a character or two say so before any item is read.
    for (let at = c.end; joinFollows(source, at); ) {
      // After a place: a comma, or a space and a word written with «و» on it; the word.
      const item = nextListItem(source, at, Math.min(ceiling, at + WINDOW));
      if (item === null) break;
      const { word, start } = item;
      // «والزرقاء»: «و» and the name; «، وهران»: the name's own «و» (after a comma only).
      const joined = sameCountryPlace(gazetteer, c, word, start) ?? (word.startsWith("و") ? contextualNamed(gazetteer, c, word.slice(1), start + 1, "و") : null);
      const place = joined ?? (type === "LOCATION" && item.comma ? contextualNamed(gazetteer, c, word, start, "") : null);
      if (place === null) break;
      (added ??= []).push(place);
      at = place.end;
    }
    // Backwards, from the «و» written against the place when there is one.
    for (let at = c.start; joinPrecedes(source, at); ) {
      // Before a place (whose «و» may be written against it): one word, then the join.
      const item = previousListItem(source, Math.max(floor, at - WINDOW), at);
      if (item === null) break;
      // The word may carry its own «و» («سوسة ونابل» before «وقابس»).
      const { word, start } = item;
      // (A company only before «و»: «نون وأمازون».)
      const bare = type === "LOCATION" || item.waw ? contextualNamed(gazetteer, c, word, start, "") : null;
      const place = sameCountryPlace(gazetteer, c, word, start) ?? bare ?? (word.startsWith("و") ? contextualNamed(gazetteer, c, word.slice(1), start + 1, "و") : null);
      if (place === null) break;
      (added ??= []).push(place);
      // From the place itself: a «و» written on it joins it to the word before («العاصمة وحولي»).
      at = place.start;
    }
  }
  if (added === null) return accepted;
  // A place between two listed ones is found from both («فاس ووجدة وطنجة»), and a place of
  // the gazetteer pass may be found again: each span once, the first found kept.
  const merged = [...accepted, ...added].sort((x, y) => x.start - y.start);
  const kept: Candidate[] = [];
  for (const place of merged) if (kept.length === 0 || place.start >= kept[kept.length - 1]!.end) kept.push(place);
  return kept;
}

/**
 * «الرياض وجدة»: «و» and a place of the country of listed place `c` (Jeddah), before a
 * contextual name of the whole word (Oujda); or null.
 */
function sameCountryPlace(gazetteer: Gazetteer, c: Candidate, word: string, start: number): Candidate | null {
  if (c.type !== "LOCATION" || !word.startsWith("و")) return null;
  const country = gazetteer.entries[c.entry!]!.country;
  return country === undefined ? null : listedPlaceNamed(gazetteer, word.slice(1), start + 1, country);
}

const WAW = 0x648;
const isComma = (code: number): boolean => code === 0x2c || code === 0x60c;
const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;

/** May a join to a next item start at `at`: blanks, then a comma or «و» (nextListItem's first test)? */
function joinFollows(source: string, at: number): boolean {
  let i = at;
  while (i < source.length && isBlank(source.charCodeAt(i))) i++;
  const code = source.charCodeAt(i);
  return isComma(code) || (code === WAW && i > at);
}

/** May a join to a previous item end at `at`: «و» or a comma, then blanks (previousListItem's last test)? */
function joinPrecedes(source: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(source.charCodeAt(i - 1))) i--;
  const code = source.charCodeAt(i - 1);
  return code === WAW || isComma(code);
}

/** The place the gazetteer lists (not as contextual) written `word` at `start` after «و», in `country`, or null. */
function listedPlaceNamed(gazetteer: Gazetteer, word: string, start: number, country: unknown): Candidate | null {
  const node = gazetteer.trie.walk(gazetteer.trie.root, foldedWord(word));
  const key = node < 0 ? -1 : gazetteer.trie.terminalOf(node);
  if (key < 0) return null;
  const target = gazetteer.targets[key]!.find((t) => !t.derived && gazetteer.records[t.entry]!.type === "LOCATION" && gazetteer.entries[t.entry]!.country === country);
  if (target === undefined) return null;
  return { start, end: start + word.length, type: "LOCATION", entry: target.entry, confidence: CONFIDENCE.context, source: "context", prefix: "و" };
}

/**
 * The contextual name written `word` at `start` (after `prefix`) of an entry of the listed
 * name `like`'s type, or null. A name several entries share is the one of `like`'s country,
 * when only one of them is («محافظات العاصمة وحولي»: Kuwait's, not Bahrain's).
 */
function contextualNamed(gazetteer: Gazetteer, like: Candidate, word: string, start: number, prefix: string): Candidate | null {
  const { type } = like;
  const trie = gazetteer.contextualTrie;
  const folded = foldedWord(word);
  const node = trie.walk(trie.root, folded);
  const key = node < 0 ? -1 : trie.terminalOf(node);
  const entry = key >= 0 ? gazetteer.contextualEntry[key]! : sharedOwnerOf(gazetteer, folded, like);
  if (entry < 0 || gazetteer.records[entry]!.type !== type) return null;
  const place: Candidate = { start, end: start + word.length, type, entry, confidence: CONFIDENCE.context, source: "context" };
  if (prefix !== "") place.prefix = prefix;
  return place;
}

/** The one entry of the shared contextual name `folded` in the country of `like`'s entry, or -1. */
function sharedOwnerOf(gazetteer: Gazetteer, folded: string, like: Candidate): number {
  const owners = gazetteer.sharedContextual.get(folded);
  const country = like.entry === undefined ? undefined : gazetteer.entries[like.entry]!.country;
  if (owners === undefined || country === undefined) return -1;
  const same = owners.filter((owner) => gazetteer.entries[owner]!.country === country);
  return same.length === 1 ? same[0]! : -1;
}

/**
 * matchKey of a word next to a listed name, remembered: the words after «و» are mostly the
 * same common ones («وقال», «والتي»), and normalizing one costs more than the rest of the pass.
 */
const foldedWord = remembered(4096, matchKey);
