import { CONFIDENCE, type Candidate } from "./candidate.js";
import { matchKey, type Gazetteer } from "./gazetteer.js";
import { LATIN_PRODUCT_HEADS } from "./productHeads.js";
import { isQuoteOpener } from "./quotes.js";
import triggers from "../data/triggers.json";
import variants from "../data/name-variants.json";

/**
 * A listed company's Latin name followed by more capitalized Latin words names something of
 * the company's that the gazetteer does not list: a division («Siemens EDA», «Samsung
 * Foundry») or a product («Oracle Database», «Meta Ray-Ban Display»). The span takes the
 * words and loses the company's id; it is a PRODUCT when its last word says so
 * (data/latin-product-heads.json) or a product's trigger word comes before it («نموذج Mistral
 * Large»), an ORG otherwise. (A quoted name is left to withQuotedProducts.) An unlisted Latin name right before a
 * country's Latin name is a company's arm there («Synopsys Egypt»): one ORG (a PRODUCT after
 * a product's trigger: «برنامج «Startup Tunisia»»). A listed
 * product's name keeps its span: what follows describes it («Azure Cloud»). A listed
 * company's name in either script right before a listed country or region is the company's
 * arm there («سامسونج الخليج», «stc الكويت»): one ORG without the company's id. A place's
 * Latin name with words that end in a company's suffix is a company («Palo Alto Networks»).
 */
const MAX_WORDS = 3;
/** Latin words that end a company's name («Networks», «Group»): data/name-variants.json. */
const ORG_SUFFIXES: ReadonlySet<string> = new Set(variants.orgSuffixes);
/** The trigger words that announce a product (data/triggers.json), folded. */
const PRODUCT_TRIGGERS: ReadonlySet<string> = new Set(triggers.before.PRODUCT.map((word) => matchKey(word)));
/** The conjunction and prepositions a trigger word may carry («وخدمة», «بنموذج»). */
const PROCLITIC = /^[وفبلك]/u;
/** A capitalized Latin word, with inner hyphens or a digit («Ray-Ban», «AI»). */
const CAPITALIZED = /^[A-Z][A-Za-z\d]*(?:-[A-Za-z\d]+)*/u;

/** `accepted` (sorted, disjoint) with listed companies' names extended over the words that name a part of them. */
export function withBrandedNames(accepted: Candidate[], source: string, gazetteer: Gazetteer): Candidate[] {
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if (c.entry === undefined) continue;
    const entry = gazetteer.entries[c.entry]!;
    if (c.type === "ORG" && entry.kind === "company" && placeRightAfter(accepted, i, source, gazetteer)) {
      // «سامسونج الخليج», «هواوي الشرق الأوسط وآسيا الوسطى», «stc الكويت»: the company's arm
      // in a country or region, one ORG without the company's id.
      let last = i + 1;
      while (last + 1 < accepted.length && isArm(accepted[last + 1]!, gazetteer, true) && AND_BETWEEN.test(source.slice(accepted[last]!.end, accepted[last + 1]!.start))) last++;
      accepted.splice(i, last - i + 1, { start: c.start, end: accepted[last]!.end, type: "ORG", confidence: c.confidence, source: "context", ...(c.prefix === undefined ? {} : { prefix: c.prefix }) });
      continue;
    }
    if (!isLatinLetter(source.charCodeAt(c.end - 1))) continue;
    if (c.type === "ORG" && isLatinLetter(source.charCodeAt(c.start)) && !isQuoteOpener(source.charCodeAt(c.start - 1))) {
      const end = capitalizedWordsAfter(source, c.end, accepted[i + 1]?.start ?? source.length);
      if (end === c.end) continue;
      const last = source.slice(source.lastIndexOf(" ", end - 1) + 1, end).toLowerCase();
      const product = LATIN_PRODUCT_HEADS.has(last) || productTriggerBefore(source, c.start);
      accepted[i] = { start: c.start, end, type: product ? "PRODUCT" : "ORG", confidence: c.confidence, source: "context" };
    } else if (c.type === "LOCATION" && isLatinLetter(source.charCodeAt(c.start)) && companySuffixEnd(source, c.end, accepted[i + 1]?.start ?? source.length) > c.end) {
      // «Palo Alto Networks»: a place's Latin name and words ending in a company's suffix
      // (data/name-variants.json `orgSuffixes`) name a company, one ORG without the place's id.
      const end = companySuffixEnd(source, c.end, accepted[i + 1]?.start ?? source.length);
      accepted[i] = { start: c.start, end, type: "ORG", confidence: CONFIDENCE.context, source: "context", ...(c.prefix === undefined ? {} : { prefix: c.prefix }) };
    } else if (c.type === "LOCATION" && entry.kind === "country") {
      const start = capitalizedWordBefore(source, c.start, accepted[i - 1]?.end ?? 0);
      if (start === c.start) continue;
      accepted[i] = { start, end: c.end, type: productTriggerBefore(source, start) ? "PRODUCT" : "ORG", confidence: c.confidence, source: "context" };
    }
  }
  return accepted;
}

/** Kinds of the places a company's arm is named after. */
const ARM_PLACES: ReadonlySet<unknown> = new Set(["country", "region", "continent"]);
/** «و» between two places of an arm's name, glued to the second or apart. */
const AND_BETWEEN = /^ و ?$/u;
/**
 * Is candidate `c` a listed country or region with no proclitic («الخليج», not «بالخليج»),
 * but the «و» of a second place (`coordinated`)?
 */
function isArm(c: Candidate, gazetteer: Gazetteer, coordinated = false): boolean {
  const proclitic = c.prefix === undefined || (coordinated && c.prefix === "و");
  return c.type === "LOCATION" && c.entry !== undefined && proclitic && ARM_PLACES.has(gazetteer.entries[c.entry]!.kind);
}
/** Does a listed country or region follow candidate i after one space? */
function placeRightAfter(accepted: readonly Candidate[], i: number, source: string, gazetteer: Gazetteer): boolean {
  const next = accepted[i + 1];
  return next !== undefined && next.start === accepted[i]!.end + 1 && source[accepted[i]!.end] === " " && isArm(next, gazetteer);
}

/** Is the word before `at` (one space or a glued proclitic between) a product's trigger («نموذج», «خدمتي»)? */
function productTriggerBefore(source: string, at: number): boolean {
  let to = at;
  while (to > 0 && OPENERS.includes(source[to - 1]!)) to--;
  const head = source.slice(Math.max(0, to - 24), to);
  const words = head.trimEnd().split(/\s+/u);
  let word = words[words.length - 1] ?? "";
  // «وMistral»: the proclitic is glued to the name, the trigger is the word before.
  if (!/\s$/u.test(head) && words.length > 1) word = words[words.length - 2]!;
  const key = matchKey(word);
  return PRODUCT_TRIGGERS.has(key) || (PROCLITIC.test(key) && PRODUCT_TRIGGERS.has(key.slice(1))) || DUAL_TRIGGER.test(word);
}
const OPENERS = "«\"“(";
/** A trigger in the dual before two names («خدمتي Azure وAmazon Bedrock»). */
const DUAL_TRIGGER = /^[وب]?(?:خدمتي|منصتي|تطبيقي|نموذجي)$/u;

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Where up to MAX_WORDS capitalized Latin words after `from`, one space apart, end before `limit`; `from` when none. */
function capitalizedWordsAfter(source: string, from: number, limit: number): number {
  let end = from;
  for (let n = 0; n < MAX_WORDS && source.charCodeAt(end) === 0x20; n++) {
    const word = CAPITALIZED.exec(source.slice(end + 1, Math.min(limit, end + 33)))?.[0];
    if (word === undefined) break;
    const next = end + 1 + word.length;
    // A word that runs on into other letters is no Latin word («Apple» before Arabic).
    if (next > limit || /[\p{L}\p{N}]/u.test(source[next] ?? "")) break;
    end = next;
  }
  return end;
}

/** Where capitalized Latin words after `from` end when the last is a company's suffix («Networks»); `from` otherwise. */
function companySuffixEnd(source: string, from: number, limit: number): number {
  const end = capitalizedWordsAfter(source, from, limit);
  return end > from && ORG_SUFFIXES.has(source.slice(source.lastIndexOf(" ", end - 1) + 1, end)) ? end : from;
}

/** Where one capitalized Latin word right before `to` (one space between) starts, after `floor`; `to` when none. */
function capitalizedWordBefore(source: string, to: number, floor: number): number {
  if (source.charCodeAt(to - 1) !== 0x20) return to;
  let start = to - 1;
  while (start > floor && /[A-Za-z\d-]/u.test(source[start - 1]!)) start--;
  if (start === to - 1 || !/^[A-Z]/u.test(source[start]!) || (start > floor && /[\p{L}\p{N}]/u.test(source[start - 1]!) && !isArabicProclitic(source, start))) return to;
  return start;
}

/** Is `source[at - 1]` a one-letter Arabic proclitic glued to the Latin word («وSynopsys»)? */
function isArabicProclitic(source: string, at: number): boolean {
  const code = source.charCodeAt(at - 1);
  return (code === 0x648 || code === 0x628 || code === 0x644 || code === 0x641 || code === 0x643) && !/\p{L}/u.test(source[at - 2] ?? " ");
}
