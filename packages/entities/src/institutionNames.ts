import { CONFIDENCE, type Candidate } from "./candidate.js";
import type { EntryType } from "./entry.js";
import triggers from "../data/triggers.json";

/**
 * An institution noun and a place make an organisation's name in Arabic («بورصة الكويت»,
 * «مصرف البحرين المركزي», «جمعية مصارف لبنان», «جامعة القاهرة»): the place alone is no
 * entity there. The nouns are data/triggers.json's `institutionsBeforePlace`; the name takes
 * one more institution noun before («جمعية مصارف») and relative adjectives after
 * («المركزي», «الدولي», «الأول»). A one-letter proclitic on the noun stays outside («وبلدية دبي»).
 * So does a person's name after the nouns of `institutionsBeforePerson` («جامعة محمد السادس»,
 * «مؤسسة محمد بن راشد», with a title the person keeps: «جامعة الملك سعود»): the person is not
 * the entity there. The name also takes a «لل…»
 * complement («مصرف الإمارات للتنمية»), and with `marketsBeforePlace` («سوق») it needs one or
 * an adjective («سوق العراق للأوراق المالية», «سوق أبوظبي العالمي»; «سوق العراق» is a market).
 * An institution named by what it does takes the place after it with «بـ» («هيئة الصحة بدبي»,
 * «المحكمة الاقتصادية بالقاهرة»): that is the body's seat, part of its name. A company's name
 * found after «شركة» that a place ends is its official name, «شركة» and all («شركة نفط
 * الكويت», «شركة مطارات دبي»).
 */
const NOUNS: ReadonlySet<string> = new Set(triggers.institutionsBeforePlace);
const NOUNS_BEFORE_PERSON: ReadonlySet<string> = new Set(triggers.institutionsBeforePerson);
/** Nouns of places named after a person («مطار الملك خالد», «مسرح ستيف جوبز»): a LOCATION. */
const PLACES_BEFORE_PERSON: ReadonlySet<string> = new Set(triggers.placesBeforePerson);
const MARKETS: ReadonlySet<string> = new Set(triggers.marketsBeforePlace);
/** Titles a person keeps inside such a name («جامعة الملك سعود»). */
const TITLES_IN_NAMES: ReadonlySet<string> = new Set(triggers.titlesInNames);
/** A definite complement with «لل…» («للأوراق», «للتنمية»). */
const LAM_COMPLEMENT = /^لل[\p{L}\p{M}]{2,}$/u;
/**
 * Adjectives that go on an institution's name: «ال…ي(ة)» («المركزي», «المالية») and «الأول(ى)»;
 * not the relative pronouns spelled alike («بورصة هونغ كونغ التي…»).
 */
const NAME_ADJECTIVE = /^(?!الذي$|التي$)ال[\p{L}\p{M}]+ية?$|^الأولى?$/u;
/** One-letter proclitics written on a noun: و ف ب ل ك. */
const PROCLITIC = /^[\u0648\u0641\u0628\u0644\u0643]/u;
const MAX_ADJECTIVES = 2;
const WORD = /[\p{L}\p{M}\p{N}]/u;
/** Characters read of a word next to a place (a longer run is neither noun nor adjective). */
const MAX_WORD = 32;

/** Is `text` a noun that names an institution (or a place) after it, before a name of this type (LOCATION or PERSON)? */
function isNounBefore(type: EntryType, text: string): boolean {
  return type === "LOCATION" ? NOUNS.has(text) || MARKETS.has(text) : NOUNS_BEFORE_PERSON.has(text) || PLACES_BEFORE_PERSON.has(text);
}

/** `accepted` (sorted, disjoint) with each place that follows an institution noun turned into the organisation's name. */
export function withInstitutionNames(accepted: Candidate[], source: string): Candidate[] {
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    const previous = accepted[i - 1];
    if (c.type === "LOCATION" && previous !== undefined && seatOf(previous, c, source)) {
      accepted[i - 1] = { ...previous, end: c.end };
      accepted.splice(i--, 1);
      continue;
    }
    const company = c.type === "LOCATION" && previous !== undefined ? companyNounBefore(previous, c, source, accepted[i - 2]?.end ?? 0) : null;
    if (company !== null) {
      accepted[i - 1] = { start: company.start, end: c.end, type: "ORG", confidence: CONFIDENCE.context, source: "context" };
      if (company.prefix !== "") accepted[i - 1]!.prefix = company.prefix;
      accepted.splice(i--, 1);
      continue;
    }
    if ((c.type !== "LOCATION" && c.type !== "PERSON") || c.prefix !== undefined) continue;
    const floor = previous?.end ?? 0;
    const before = wordBefore(source, c.start, floor);
    // A person's title stays in the name: the noun is the word before it («مطار الملك خالد»).
    const noun = before !== null && c.type === "PERSON" && TITLES_IN_NAMES.has(before.text) ? wordBefore(source, before.start, floor) : before;
    if (noun === null) continue;
    const prefixed = !isNounBefore(c.type, noun.text) && PROCLITIC.test(noun.text) && isNounBefore(c.type, noun.text.slice(1));
    if (!prefixed && !isNounBefore(c.type, noun.text)) continue;
    const nouns = c.type === "LOCATION" ? NOUNS : NOUNS_BEFORE_PERSON;
    const outer = prefixed ? null : wordBefore(source, noun.start, floor);
    const start = outer !== null && nouns.has(outer.text) ? outer.start : noun.start + (prefixed ? 1 : 0);
    let end = c.end;
    // A second place joined by «و» is in the name too («بنك البحرين والكويت», «بنك الكويت
    // والشرق الأوسط»): one noun before two places names one body.
    const second = accepted[i + 1];
    if (c.type === "LOCATION" && !MARKETS.has(prefixed ? noun.text.slice(1) : noun.text) && second?.type === "LOCATION" && second.prefix === "و" && second.start - c.end === 2 && source.charCodeAt(c.end) === SPACE && source.charCodeAt(c.end + 1) === WAW) {
      end = second.end;
      accepted.splice(i + 1, 1);
    }
    const limit = accepted[i + 1]?.start ?? source.length;
    // Adjectives, and a «لل…» complement with its own adjectives («للأوراق المالية»).
    let complement = false;
    for (let n = 0; n < MAX_ADJECTIVES + 1; n++) {
      const next = wordAfter(source, end, limit);
      if (next === null) break;
      if (!complement && LAM_COMPLEMENT.test(next.text)) complement = true;
      else if (!NAME_ADJECTIVE.test(next.text)) break;
      end = next.end;
    }
    if (end === c.end && MARKETS.has(prefixed ? noun.text.slice(1) : noun.text)) continue;
    const place = c.type === "PERSON" && PLACES_BEFORE_PERSON.has(prefixed ? noun.text.slice(1) : noun.text);
    accepted[i] = { start, end, type: place ? "LOCATION" : "ORG", confidence: CONFIDENCE.context, source: "context" };
    if (prefixed) accepted[i]!.prefix = noun.text[0]!;
  }
  return accepted;
}

/** Is `place` written right after the institution `body` with «بـ», as its seat («هيئة الصحة بدبي»)? */
function seatOf(body: Candidate, place: Candidate, source: string): boolean {
  if (body.type !== "ORG" || body.entry !== undefined || body.source !== "context" || place.start - body.end !== 2) return false;
  return source.charCodeAt(body.end) === SPACE && source.charCodeAt(body.end + 1) === 0x628 && /^[\u0621-\u064a]/u.test(source.slice(body.start, body.start + 1));
}

/** Words for a company that belong to its name when a place ends it. */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(["شركة", "شركه"]);

/**
 * «شركة» before the one-word company name `name` found from it, which the place `place` ends
 * («شركة نفط الكويت»): where «شركة» starts past its proclitic, and that proclitic; else null.
 */
function companyNounBefore(name: Candidate, place: Candidate, source: string, floor: number): { start: number; prefix: string } | null {
  if (name.type !== "ORG" || name.entry !== undefined || name.source !== "context" || place.start - name.end !== 1 || source.charCodeAt(name.end) !== SPACE) return null;
  if (source.slice(name.start, name.end).includes(" ")) return null;
  const noun = wordBefore(source, name.start, floor);
  if (noun === null) return null;
  if (COMPANY_NOUNS.has(noun.text)) return { start: noun.start, prefix: "" };
  if (PROCLITIC.test(noun.text) && COMPANY_NOUNS.has(noun.text.slice(1))) return { start: noun.start + 1, prefix: noun.text[0]! };
  return null;
}

/** The word ending just before `end` (one space between, no punctuation), not before `floor`. */
function wordBefore(source: string, end: number, floor: number): { start: number; text: string } | null {
  if (end - 1 <= floor || source.charCodeAt(end - 1) !== SPACE) return null;
  let start = end - 1;
  while (start > floor && end - start < MAX_WORD && isWordCode(source.charCodeAt(start - 1))) start--;
  return start < end - 1 ? { start, text: source.slice(start, end - 1) } : null;
}

/** The word starting just after `start` (one space between), ending before `limit`. */
function wordAfter(source: string, start: number, limit: number): { end: number; text: string } | null {
  if (source.charCodeAt(start) !== SPACE) return null;
  let end = start + 1;
  while (end < limit && end - start < MAX_WORD && isWordCode(source.charCodeAt(end))) end++;
  return end > start + 1 ? { end, text: source.slice(start + 1, end) } : null;
}

const SPACE = 0x20;
const WAW = 0x648;

/**
 * Does WORD match this code? Arabic letters, marks and digits (U+0620–U+0669, all letters,
 * marks or digits) and ASCII ones answered from the code: this runs around every place and
 * person in the text, and a one-character string per test was most of its cost.
 */
function isWordCode(code: number): boolean {
  if (code >= 0x620 && code <= 0x669) return true;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD.test(String.fromCharCode(code));
}
