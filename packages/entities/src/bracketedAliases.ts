import { CONFIDENCE, type Candidate } from "./candidate.js";

/**
 * News gives a name's other form in brackets right after it: «تطبيق «إنستاباي» (InstaPay)»,
 * «وكالة الأنباء الأردنية (بترا)», «شركة بينانس (Binance)». The two name one entity: the one
 * the tagger knows better (a gazetteer link, or a type from context over a bare Latin run)
 * lends the other its type and id, and a bracket after an organisation or product that
 * holds a short name nobody tagged («(بترا)», see isShortForm) is tagged as it. So is one
 * word in quotes right after a long name («الوكالة المغربية للطاقة المستدامة "مازن"»,
 * «المؤسسة العربية للاتصالات الفضائية «عربسات»»): after a shorter one a quote is as often
 * what the body made («أطلقت وزارة الصحة "صحتي"»).
 */
const OPEN = /^[»”"]?\s*\($/u;
/** One to three words of a name in brackets: Latin, or Arabic without the article. */
const SHORT_NAME = /^\((?!ال)([\p{L}\p{N}][\p{L}\p{M}\p{N} .&+-]{0,40})\)/u;
const MAX_WORDS = 3;
/** One word in quotes: Arabic without the article, or a capitalized Latin name. */
const QUOTED_WORD = /^ ?[«"“]((?!ال)[\u0621-\u064a]{3,}|\p{Lu}[\p{L}\p{N}]+)[»"”]/u;
/** Words a name needs for a quoted word after it to be its short form. */
const QUOTED_ALIAS_NAME_WORDS = 3;
/** Characters between a name and the bracket after it, at most («» (»). */
const MAX_GAP = 4;

/** `accepted` (sorted, disjoint) with the names in brackets after a name tied to it. */
export function withBracketedAliases(accepted: Candidate[], source: string): Candidate[] {
  let added: Candidate[] | null = null;
  for (let i = 0; i < accepted.length; i++) {
    const a = accepted[i]!;
    if (a.type !== "ORG" && a.type !== "PRODUCT") continue;
    const b = accepted[i + 1];
    const gapEnd = b?.start ?? source.length;
    // Most names have neither a bracket nor a quote within a few characters: looked at
    // character by character first, the text is sliced only where one is.
    const near = bracketOrQuoteAfter(source, a.end, Math.min(gapEnd, a.end + MAX_GAP));
    if (near < 0) continue;
    if (b !== undefined && b.start - a.end <= MAX_GAP && OPEN.test(source.slice(a.end, b.start)) && source[b.end] === ")") {
      accepted[i + 1] = lend(a, b);
      accepted[i] = lend(b, a);
      continue;
    }
    // Nobody tagged the bracket's name: a short one after an organisation or product is it.
    // The bracket opens within a few characters («» (», « (»), looked for only there.
    const quoted = QUOTED_WORD.exec(source.slice(a.end, Math.min(gapEnd, a.end + 48)));
    if (quoted !== null && a.end + quoted[0].length <= gapEnd && source.slice(a.start, a.end).trim().split(/\s+/u).length >= QUOTED_ALIAS_NAME_WORDS) {
      const start = a.end + quoted[0].length - 1 - quoted[1]!.length;
      const alias: Candidate = { start, end: start + quoted[1]!.length, type: a.type, confidence: Math.min(a.confidence, CONFIDENCE.context), source: "context" };
      if (a.entry !== undefined) alias.entry = a.entry;
      (added ??= []).push(alias);
      continue;
    }
    const open = source.slice(a.end, Math.min(gapEnd, a.end + MAX_GAP)).indexOf("(") + a.end;
    if (open < a.end || !OPEN.test(source.slice(a.end, open + 1))) continue;
    const name = SHORT_NAME.exec(source.slice(open, Math.min(gapEnd, open + 48)));
    if (name === null || name[1]!.trim().split(/\s+/u).length > MAX_WORDS || !isShortForm(name[1]!.trim(), source.slice(a.start, a.end))) continue;
    const start = open + 1;
    const alias: Candidate = { start, end: start + name[1]!.trimEnd().length, type: a.type, confidence: Math.min(a.confidence, CONFIDENCE.context), source: "context" };
    if (a.entry !== undefined) alias.entry = a.entry;
    (added ??= []).push(alias);
  }
  if (added === null) return accepted;
  return [...accepted, ...added].sort((x, y) => x.start - y.start);
}

/**
 * Is `alias` the other form of the name `of`? A capitalized Latin name («(InstaPay)»), or one
 * Arabic word of three letters or more after a name of several words: its short form
 * («وكالة الأنباء الأردنية (بترا)»). Anything else in brackets is more often a gloss.
 */
function isShortForm(alias: string, of: string): boolean {
  if (/^\p{Lu}[\p{L}\p{N}]*(?:[ .&+-]+[\p{L}\p{N}]+)*$/u.test(alias)) return true;
  return /^[\u0621-\u064a]{3,}$/u.test(alias) && /\s/u.test(of.trim());
}

/** Index of the first bracket or quote in source[from, to), or -1. */
function bracketOrQuoteAfter(source: string, from: number, to: number): number {
  // Codes, not one-character strings: this runs after every name in the text.
  for (let i = from; i < to; i++) if (BRACKET_OR_QUOTE.includes(source.charCodeAt(i))) return i;
  return -1;
}
const BRACKET_OR_QUOTE = Array.from("(«\"“", (ch) => ch.charCodeAt(0));

/** `to` with the type and entry of `from` when `from` is known better. */
function lend(from: Candidate, to: Candidate): Candidate {
  if (to.entry !== undefined) return to;
  if (from.entry !== undefined) return { ...to, type: from.type, entry: from.entry };
  if (to.source === "latin-run" && from.source !== "latin-run") return { ...to, type: from.type };
  return to;
}
