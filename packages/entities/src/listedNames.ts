import { CONFIDENCE, type Candidate } from "./candidate.js";
import { isQuoteCloser, isQuoteOpener } from "./quotes.js";

/**
 * Names listed together are names of one kind: «تهيمن عليها "أوبر" و"إن درايفر" و"ديدي"»,
 * «شركات الاتصالات "زين" و"أورنج" و"أمنية"». In a list of quoted names joined by «و» or a
 * comma, where one is a tagged organisation or product, the untagged ones are tagged with its
 * type (and no id: being listed beside a company says what a name is, not which one).
 */
/** A quoted item: one to three words of letters (and «&», «-», «.»), nothing else. */
const ITEM = /^[«"“]([\p{L}\p{M}\p{N}]+(?:[ &.-]+[\p{L}\p{M}\p{N}]+){0,2})[»"”]/u;
const ITEM_BACKWARDS = /[«"“]([\p{L}\p{M}\p{N}]+(?:[ &.-]+[\p{L}\p{M}\p{N}]+){0,2})[»"”]$/u;
/** What joins two items: «و» (on the quote or alone), a comma, or both. */
const JOIN = /^\s*(?:[,،]\s*)?(?:و\s*)?$/u;
/** Characters read around a name for the next item (a quoted name of three words fits). */
const MAX_ITEM = 48;
const ANY_QUOTE = /[«"“]/u;
/** Characters of the join between two items, at most («"، و"»). */
const MAX_JOIN = 4;

/** `accepted` (sorted, disjoint) with the untagged names listed beside a tagged organisation or product. */
export function withListedNames(accepted: Candidate[], source: string): Candidate[] {
  if (!ANY_QUOTE.test(source)) return accepted; // no quotes: one native scan, not a look at every name
  let added: Candidate[] | null = null;
  // An untagged name between two tagged ones («"زين" و"أترنج" و"أمنية"») is reached from both.
  const addedStarts = new Set<number>();
  const add = (like: Candidate, start: number, end: number): void => {
    if (addedStarts.has(start)) return;
    addedStarts.add(start);
    (added ??= []).push(listed(like, start, end));
  };
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if ((c.type !== "ORG" && c.type !== "PRODUCT") || !quoted(source, c.start, c.end)) continue;
    const floor = accepted[i - 1]?.end ?? 0;
    const ceiling = accepted[i + 1]?.start ?? source.length;
    // Backwards from the opening quote, then forwards from the closing one.
    for (let at = c.start - 1; ; ) {
      const join = joinBefore(source, at, floor);
      if (join < 0) break;
      const item = ITEM_BACKWARDS.exec(source.slice(Math.max(floor, join - MAX_ITEM), join));
      if (item === null) break;
      const end = join - 1;
      add(c, end - item[1]!.length, end);
      at = join - item[0].length;
    }
    for (let at = c.end + 1; ; ) {
      const join = joinAfter(source, at, ceiling);
      if (join < 0) break;
      const item = ITEM.exec(source.slice(join, Math.min(ceiling, join + MAX_ITEM)));
      if (item === null) break;
      add(c, join + 1, join + 1 + item[1]!.length);
      at = join + item[0].length;
    }
  }
  if (added === null) return accepted;
  return [...accepted, ...added].sort((x, y) => x.start - y.start);
}

/** Is [start, end) of `source` in quotes? */
function quoted(source: string, start: number, end: number): boolean {
  return isQuoteOpener(source.charCodeAt(start - 1)) && isQuoteCloser(source.charCodeAt(end));
}

/** Where the previous item's closing quote ends, when a join ends at `at` (the opening quote), else -1. */
function joinBefore(source: string, at: number, floor: number): number {
  let from = at;
  while (from > floor && at - from < MAX_JOIN && !"»\"”".includes(source[from - 1]!)) from--;
  return from > floor && "»\"”".includes(source[from - 1]!) && JOIN.test(source.slice(from, at)) ? from : -1;
}

/** Where the next item's opening quote is, when a join starts at `at` (after the closing quote), else -1. */
function joinAfter(source: string, at: number, ceiling: number): number {
  let to = at;
  while (to < ceiling && to - at < MAX_JOIN && !"«\"“".includes(source[to]!)) to++;
  return to < ceiling && "«\"“".includes(source[to]!) && JOIN.test(source.slice(at, to)) ? to : -1;
}

function listed(like: Candidate, start: number, end: number): Candidate {
  return { start, end, type: like.type, confidence: Math.min(like.confidence, CONFIDENCE.context), source: "context" };
}
