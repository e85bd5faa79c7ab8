import variants from "../../data/name-variants.json";
import { CONFIDENCE } from "../candidate.js";
import type { EntryType } from "../entry.js";
import { type Gazetteer, matchKey } from "../gazetteer.js";
import { EVENT, GIVEN_NAME, LATIN_STOPWORDS, STOPWORD, typeOfQuotedTrigger, typeOfTrigger } from "../lexicon.js";
import { LATIN_PRODUCT_HEADS } from "../productHeads.js";
import { type GuessScope, MAX_QUOTE_ADJECTIVES } from "./scope.js";
import { HAS_DIGIT, hyphenJoined, sameSpacing } from "./text.js";

/** Stage 1: Latin runs inside Arabic lines, typed by the words before them or by their own shape. */
export function guessLatinRuns(s: GuessScope): void {
  const { source, norm, stream, pos, words, count, ks, ke, out, lexicon, gazetteer } = s;
  // The kind a trigger gave each name so far, for its later mentions without one.
  let typedByContext: Map<string, EntryType> | null = null;
  for (let w = 0; w < count; ) {
    if (s.isArabic(w)) {
      w++;
      continue;
    }
    let end = w + 1;
    while (end < count && !s.isArabic(end) && !s.breakBefore(end) && sameSpacing(norm, stream, words, end)) end++;
    const runStart = w;
    w = end;
    if (!s.lines.holdsArabic(pos[ks[runStart]!]!)) continue;
    let anyCovered = false;
    for (let v = runStart; v < end; v++) if (!s.free(v)) anyCovered = true;
    if (anyCovered) continue; // the rest of a run holding a known name describes it («Azure Cloud»)
    let first = runStart;
    let last = end - 1;
    while (first <= last && !nameLike(s, first) && !leadsName(s, first, last)) first++;
    // A bracket holding the run is one name, generic words and all («(Misr Digital)»).
    const bracketed = first === runStart && norm.charCodeAt(pos[ks[runStart]!]! - 1) === 0x28 && norm.charCodeAt(pos[ke[end - 1]! - 1]! + 1) === 0x29;
    while (!bracketed && last >= first && !nameLike(s, last)) last--;
    if (first > last) continue;
    // «مؤتمر LEAP», «معرض «GITEX»»: an event's name (no entity); a company's name there
    // (an «&» or a designator in it: «مؤتمر Allen & Co») is its host's.
    if (first === runStart && first > 0 && s.isArabic(first - 1) && s.procliticBits(first - 1) & EVENT && (!s.breakBefore(first) || s.openerBefore(first)) && !companyNamed(s, first, last)) continue;
    // A version joined by a hyphen («Ax-2», «Falcon-H2»): the run stopped at the hyphen.
    let versioned = false;
    while (last + 1 < count && !s.isArabic(last + 1) && hyphenJoined(norm, stream, words, last + 1) && s.free(last + 1) && HAS_DIGIT.test(s.wordText(last + 1))) {
      last++;
      versioned = true;
    }
    w = Math.max(w, last + 1);
    let type: EntryType = "ORG";
    let confidence: number = CONFIDENCE.latinRun;
    // (In quotes, a word that announces only a quoted name counts too: «محفظة «MoMo»».)
    // (A Latin name is set off as a quoted one is: «مؤسسة TrendForce».)
    const quoteOnly = first > 0 && s.isArabic(first - 1) && !s.breakBefore(first) ? typeOfQuotedTrigger(s.procliticBits(first - 1)) : null;
    const trigger = lexicon.triggerTypeBefore(first) ?? (first === runStart && s.breakBefore(first) && s.openerBefore(first) ? lexicon.triggerTypeBeforeBreak(first) : quoteOnly) ?? triggerBehindDescription(s, first);
    if (trigger !== null) {
      type = trigger;
      confidence = CONFIDENCE.context;
    } else if (s.plainBits(first) & GIVEN_NAME && last > first) {
      type = "PERSON";
      confidence = CONFIDENCE.givenName;
    } else if (versioned || MODEL_CODE.test(s.wordText(last))) {
      type = "PRODUCT"; // ending in a model code («GB300», «A19», «Magic V5»): organisations have names
    } else if (last > first && LATIN_PRODUCT_HEADS.has(s.wordText(last).toLowerCase())) {
      type = "PRODUCT"; // ending in what it is («Qi Card», «MT Cash»)
    } else if (typedByContext !== null) {
      // The same name announced earlier in the text keeps that kind («رقاقاتها «Maia»»… «وإن «Maia» ستشغل»).
      const earlier = typedByContext.get(source.slice(s.wordStarts[first], s.wordEnds[last]));
      if (earlier !== undefined) type = earlier;
    }
    if (trigger !== null) (typedByContext ??= new Map()).set(source.slice(s.wordStarts[first], s.wordEnds[last]), trigger);
    s.pushCandidate(first, last + 1, type, confidence, "latin-run", false);
    const run = out[out.length - 1]!;
    // «OSN+», «Disney+»: a plus sign written against the name is part of it.
    if (source.charCodeAt(run.end) === 0x2b && !/[\p{L}\p{N}+]/u.test(source[run.end + 1] ?? "")) run.end++;
    // A listed product with its version glued on («Qwen3», «Llama3») is that product.
    if (first === last) {
      const product = listedProductBeforeDigits(gazetteer, s.wordText(first));
      if (product >= 0) {
        run.entry = product;
        run.type = "PRODUCT";
        run.source = "gazetteer";
        run.confidence = CONFIDENCE.gazetteer;
      }
    }
    // A company's name that is also an English word («Visa», «Lucid») is the company when an
    // Arabic text writes it in Latin letters, capitalized as listed. (A product's, «Teams»,
    // still needs its company named: stage 0.)
    if (first === last && run.entry === undefined && TITLE_WORD.test(s.wordText(first))) {
      const entry = contextualWrittenAs(gazetteer, s.wordText(first));
      if (entry >= 0 && gazetteer.records[entry]!.type === "ORG" && (trigger === null || trigger === "ORG")) {
        run.entry = entry;
        run.type = gazetteer.records[entry]!.type;
        run.source = "context";
        run.confidence = CONFIDENCE.context;
      }
    }
  }
}

// (Module functions, not closures made per run: the two closures made in the loop cost about
// 12 kB of allocation per run on V8, a fifth of what a pass over the seeds allocated.)
/** Is Latin word v written as a name: a capital in it, and not a stopword? */
function nameLike(s: GuessScope, v: number): boolean {
  const text = s.wordText(v);
  return UPPERCASE.test(text) && !LATIN_STOPWORDS.has(text.toLowerCase());
}

/**
 * A generic word written as a name's first word, before another name word, belongs to it
 * («Network International», «App Developers Alliance»); alone or last (at `last`) it describes one.
 */
function leadsName(s: GuessScope, v: number, last: number): boolean {
  return v < last && TITLE_WORD.test(s.wordText(v)) && nameLike(s, v + 1);
}

/**
 * The type a trigger announces a few describing words before word w («سيارة الأجرة ذاتية
 * القيادة Cybercab», «روبوتها البشري Optimus»): words with the article, or ending as
 * adjectives do, at most MAX_QUOTE_ADJECTIVES of them, with no punctuation between.
 */
function triggerBehindDescription(s: GuessScope, w: number): EntryType | null {
  // The name may be quoted («معالجها الكمومي "Kookaburra"»): a word that announces quoted
  // names only counts then.
  const quoted = s.breakBefore(w) && s.openerBefore(w);
  for (let v = w - 1, n = 0; v >= 0 && n <= MAX_QUOTE_ADJECTIVES && (v + 1 === w ? quoted || !s.breakBefore(w) : !s.breakBefore(v + 1)) && s.isArabic(v); v--, n++) {
    const type = typeOfTrigger(s.procliticBits(v)) ?? (quoted ? typeOfQuotedTrigger(s.procliticBits(v)) : null);
    if (type !== null) return n > 0 ? type : null;
    if ((s.plainBits(v) | s.procliticBits(v)) & STOPWORD) return null; // «المحللة في Counterpoint»: «في» describes nothing
    const key = s.keyOf(v);
    if (!s.startsWithArticle(v) && !key.endsWith("ه") && !key.endsWith("ي")) return null;
  }
  return null;
}

/** Last words of a Latin company name («Inc», «Group»), lowercased. */
const LATIN_ORG_DESIGNATORS: ReadonlySet<string> = new Set(variants.orgSuffixes.filter((word) => word !== "AI").map((word) => word.toLowerCase()));
/** A capital letter anywhere in a word. */
const UPPERCASE = /\p{Lu}/u;
/** A word written as a name's word is: a capital, then at least two lowercase letters. */
const TITLE_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** A Latin name with a version number glued on («Qwen3», «Llama3»): the name, the number. */
const GLUED_VERSION = /^(\p{L}{3,})\d{1,3}$/u;

/** The entry with `word`, exactly as written, among its contextual names, or -1. */
function contextualWrittenAs(gazetteer: Gazetteer, word: string): number {
  const node = gazetteer.contextualTrie.walk(gazetteer.contextualTrie.root, matchKey(word));
  const found = node < 0 ? -1 : gazetteer.contextualTrie.terminalOf(node);
  if (found < 0) return -1;
  const entry = gazetteer.contextualEntry[found]!;
  const lists = gazetteer.entries[entry]!.contextual;
  if (lists === null || typeof lists !== "object") return -1;
  for (const list of Object.values(lists as Record<string, unknown>)) if (Array.isArray(list) && list.includes(word)) return entry;
  return -1;
}

/**
 * The listed PRODUCT whose Latin name is `word` without its glued version number («Qwen3» →
 * Qwen), or -1. Short names must be written as listed, as in the gazetteer pass.
 */
function listedProductBeforeDigits(gazetteer: Gazetteer, word: string): number {
  const name = GLUED_VERSION.exec(word)?.[1];
  if (name === undefined) return -1;
  const key = matchKey(name);
  for (const [trie, entryOf] of [
    [gazetteer.trie, (k: number) => gazetteer.targets[k]!.find((t) => !t.derived && (t.exact === null || t.exact === name))?.entry ?? -1],
    [gazetteer.contextualTrie, (k: number) => gazetteer.contextualEntry[k]!],
  ] as const) {
    const node = trie.walk(trie.root, key);
    const found = node < 0 ? -1 : trie.terminalOf(node);
    const entry = found < 0 ? -1 : entryOf(found);
    if (entry >= 0 && gazetteer.records[entry]!.type === "PRODUCT") return entry;
  }
  return -1;
}

/** Latin letters then digits, perhaps a letter more («GB300», «A19», «H100», «M4», «S25e», «V5»). */
const MODEL_CODE = /^[A-Z]{1,4}\d{1,4}[a-z]?$/u;

/** Does the Latin run first..last name a company: an «&» in it, or a designator («Inc», «Group») last? */
function companyNamed(s: GuessScope, first: number, last: number): boolean {
  return s.source.slice(s.wordStarts[first], s.wordEnds[last]).includes("&") || LATIN_ORG_DESIGNATORS.has(s.wordText(last).toLowerCase());
}
