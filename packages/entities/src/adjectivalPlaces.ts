import type { Candidate } from "./candidate.js";

/**
 * A one-word place name with the article and the feminine relative ending («السعودية») is
 * also the adjective of origin («Saudi», feminine): «السوق السعودية», «زين السعودية». Where a
 * noun with the article or a name stands right before it, it is the adjective, and adjectives
 * of origin are no entities (the annotation guideline's rule). Elsewhere — after a preposition
 * or a verb («في السعودية», «أعلنت السعودية»), or joined by «و» («والسعودية») — it is the place.
 */
const NISBA_PLACE = /^ال[\p{L}\p{M}]+ي[\p{M}\u0640]*[ةه]\p{M}*$/u;
/** A word with the article, perhaps behind a proclitic («الشركة», «والحكومة», «للشركة»). */
const DEFINITE = /^[\u0648\u0641\u0628\u0643]?(?:\u0627\u0644|\u0644\u0644)/u;
const CLOSING_QUOTES = "»”\"'’";
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Characters looked back over for the word before a place (spaces, then the word). */
const MAX_RUN = 32;

/** The accepted candidates without the place names that read as adjectives there. */
export function withoutAdjectivalPlaces(accepted: Candidate[], source: string): Candidate[] {
  let kept: Candidate[] | null = null;
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    const adjective = c.type === "LOCATION" && c.prefix === undefined && NISBA_PLACE.test(source.slice(c.start, c.end)) && followsNounOrName(accepted, i, source);
    if (adjective) kept ??= accepted.slice(0, i);
    else kept?.push(c);
  }
  return kept ?? accepted;
}

/** Does a noun with the article, a quoted name or an accepted name stand right before candidate i? */
function followsNounOrName(accepted: readonly Candidate[], i: number, source: string): boolean {
  const start0 = accepted[i]!.start;
  let end = start0;
  while (end > 0 && start0 - end < MAX_RUN && /\s/u.test(source[end - 1]!) && source[end - 1] !== "\n") end--;
  if (end === 0 || end === accepted[i]!.start) return false;
  if (CLOSING_QUOTES.includes(source[end - 1]!)) return true; // «شركة «هيوماين» السعودية»
  const previous = accepted[i - 1];
  if (previous !== undefined && previous.end === end && previous.type !== "LOCATION") return true; // «زين السعودية»
  // Only the word's start matters, and a longer run is no noun: the look back is bounded.
  let start = end;
  while (start > 0 && end - start < MAX_RUN && WORD_CHAR.test(source[start - 1]!)) start--;
  return start < end && DEFINITE.test(source.slice(start, end));
}
