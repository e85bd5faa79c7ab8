import type { Candidate } from "./candidate.js";
import { matchKey, type Gazetteer } from "./gazetteer.js";

/**
 * Some capitals share their country's name (the gazetteer lists the country's name among the
 * city's `contextual` ones: Tunis, Algiers, Kuwait City). The dateline a news text opens with,
 * before a dash or an agency's bracket, names the city: «الكويت – وقّعت…», «الجزائر (واس) –».
 */
const AFTER_DATELINE = /^[ \t]*[–—(-]/u;

/** Does a dateline's dash or agency bracket follow `text[end]`? */
export function datelineAfter(text: string, end: number): boolean {
  return AFTER_DATELINE.test(text.slice(end, end + 4));
}

/** `accepted` with a dateline's country read as its capital of the same name. */
export function withDatelineCities(accepted: Candidate[], source: string, gazetteer: Gazetteer): Candidate[] {
  for (const c of accepted) {
    if (c.type !== "LOCATION" || c.entry === undefined || !opensLine(source, c.start)) continue;
    const country = gazetteer.entries[c.entry]!;
    if (country.kind !== "country" || !datelineAfter(source, c.end)) continue;
    const city = gazetteer.capitalNamed(matchKey(source.slice(c.start, c.end)));
    if (city !== undefined && gazetteer.entries[city]!.country === country.country) c.entry = city;
  }
  return accepted;
}

/** Does `source[at]` start a line (only spaces before it on that line)? */
export function opensLine(source: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = source.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}
