import { CONFIDENCE, type Candidate } from "./candidate.js";
import { editDistance, romanizationKey, romanizationThreshold } from "./romanize.js";

/**
 * News gives a name's other form in brackets right after it: «تطبيق «إنستاباي» (InstaPay)»,
 * «وكالة الأنباء الأردنية (بترا)», «شركة بينانس (Binance)». The two name one entity: the one
 * the tagger knows better (a gazetteer link, or a type from context over a bare Latin run)
 * lends the other its type and id, and a bracket after an organisation or product that
 * holds a short name nobody tagged («(بترا)», see isShortForm) is tagged as it. So is one
 * word in quotes right after a long name («الوكالة المغربية للطاقة المستدامة "مازن"»,
 * «المؤسسة العربية للاتصالات الفضائية «عربسات»»): after a shorter one a quote is as often
 * what the body made («أطلقت وزارة الصحة "صحتي"»). And the other way round, a Latin name in
 * brackets after Arabic words nobody tagged that spell it («أرامكس (Aramex)», «كي كارد (Qi
 * Card)»): those words are the name's Arabic form (see arabicFormBefore).
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
    const named = a.type === "ORG" || a.type === "PRODUCT";
    const b = accepted[i + 1];
    if (!named) {
      // A person or a place found from context, then its Latin spelling in brackets, which
      // the Latin-run stage typed as an organisation («توماسو رودريغيز (Tomaso Rodriguez)»):
      // the same name when the two spell each other.
      if (b !== undefined && b.source === "latin-run" && b.entry === undefined && b.start - a.end <= MAX_GAP && OPEN.test(source.slice(a.end, b.start)) && source[b.end] === ")" && spellEachOther(source.slice(a.start, a.end), source.slice(b.start, b.end))) {
        accepted[i + 1] = { ...b, type: a.type, ...(a.entry === undefined ? {} : { entry: a.entry }) };
      }
      continue;
    }
    const form = arabicFormBefore(source, a, accepted[i - 1]?.end ?? 0);
    if (form !== null) (added ??= []).push(form);
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

/** Are the romanization keys of two forms of a name within the tolerance the tagger uses for transliterations? */
function spellEachOther(arabic: string, latin: string): boolean {
  const key = romanizationKey(latin);
  const limit = romanizationThreshold(key.length);
  return editDistance(romanizationKey(arabic), key, limit) <= limit;
}

/** What may stand between Arabic words and the bracket of their Latin form: a closing quote, spaces. */
const BEFORE_BRACKET = /[»”"]? ?\($/u;
/** The proclitics an Arabic form may carry («لأرامكس (Aramex)»). */
const PROCLITIC = /^[وفبلك]ـ?/u;

/**
 * The untagged Arabic words right before the bracket that opens the Latin name `latin`,
 * when their romanization key is the name's (within the tolerance the tagger uses for
 * transliterations): one to MAX_WORDS of them, the most that match («كي كارد», whose first
 * word's key the second's swallows), a proclitic left out where the key matches better
 * without it. Null when none match.
 */
function arabicFormBefore(source: string, latin: Candidate, from: number): Candidate | null {
  const first = source.charCodeAt(latin.start);
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return null;
  // Most names have no bracket right before them: one character says so.
  if (source.charCodeAt(latin.start - 1) !== 0x28 && !(source.charCodeAt(latin.start - 1) === 0x20 && source.charCodeAt(latin.start - 2) === 0x28)) return null;
  const base = Math.max(from, latin.start - 64);
  const head = source.slice(base, latin.start);
  const bracket = BEFORE_BRACKET.exec(head);
  if (bracket === null) return null;
  const end = base + head.slice(0, bracket.index).trimEnd().length;
  const starts = arabicWordStarts(source, end, base);
  if (starts.length === 0) return null;
  const key = romanizationKey(source.slice(latin.start, latin.end));
  const limit = romanizationThreshold(key.length);
  for (let n = Math.min(MAX_WORDS, starts.length); n >= 1; n--) {
    const start = starts[starts.length - n]!;
    const text = source.slice(start, end);
    const clitic = PROCLITIC.exec(text);
    const whole = editDistance(romanizationKey(text), key, limit);
    const bare = clitic !== null && text.length - clitic[0].length >= 3 ? editDistance(romanizationKey(text.slice(clitic[0].length)), key, limit) : limit + 1;
    if (Math.min(whole, bare) > limit) continue;
    const alias: Candidate = { start: bare < whole ? start + clitic![0].length : start, end, type: latin.type, confidence: Math.min(latin.confidence, CONFIDENCE.context), source: "context" };
    if (bare < whole) alias.prefix = clitic![0];
    if (latin.entry !== undefined) alias.entry = latin.entry;
    return alias;
  }
  return null;
}

/**
 * Where the Arabic words that end at `end` start, up to MAX_WORDS of them separated by one
 * space, nearest last; none before `floor`. Letters, their marks and tatweel are Arabic.
 */
function arabicWordStarts(source: string, end: number, floor: number): number[] {
  const starts: number[] = [];
  let i = end;
  while (starts.length < MAX_WORDS) {
    let j = i;
    while (j > floor && isArabicLetterOrMark(source.charCodeAt(j - 1))) j--;
    if (j === i) break;
    starts.unshift(j);
    if (j - 1 < floor || source.charCodeAt(j - 1) !== 0x20) break;
    i = j - 1;
  }
  return starts;
}

function isArabicLetterOrMark(code: number): boolean {
  return code >= 0x621 && code <= 0x652;
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
