import type { Candidate } from "./candidate.js";
import type { EntityEntry } from "./entry.js";

/**
 * Names that end in a symbol the matching keys leave out («e&», «Disney+», «Canal+»): a linked
 * name right before that symbol takes it when its entry lists the name with it. In place.
 */
const PLUS = 0x2b;
const AMPERSAND = 0x26;

export function withNameSymbols(accepted: Candidate[], source: string, entries: readonly EntityEntry[]): Candidate[] {
  // Most texts hold neither symbol: one native scan instead of a look after every name.
  if (!source.includes("+") && !source.includes("&")) return accepted;
  for (const c of accepted) {
    const next = source.charCodeAt(c.end);
    if (c.entry === undefined || (next !== PLUS && next !== AMPERSAND)) continue;
    const written = source.slice(c.start, c.end + 1);
    const { en = [], ar = [] } = entries[c.entry]!.names;
    if (en.includes(written) || ar.includes(written)) c.end++;
  }
  return accepted;
}
