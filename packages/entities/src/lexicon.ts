import proclitics from "../data/proclitics.json";
import stopwords from "../data/arabic-stopwords.json";
import triggers from "../data/triggers.json";
import latinStoplist from "../data/latin-stoplist.json";
import relative from "../data/values/relative.json";
import variants from "../data/name-variants.json";
import type { EntryType } from "./entry.js";
import { matchKey } from "./gazetteer.js";
import { KeyTrie } from "./trie.js";

/**
 * Given-name lists (data/given-names.json): Arabic names, Latin names, foreign names as
 * the Arabic press writes them, and the names among those that are also common words.
 */
export interface GivenNames {
  ar?: readonly string[];
  en?: readonly string[];
  "ar-translit"?: readonly string[];
  "ar-ambiguous"?: readonly string[];
}

/** Lexicon categories, a bit each, so one key may carry several. */
export const STOPWORD = 1;
export const GIVEN_NAME = 2;
export const BEFORE_ORG = 4;
export const BEFORE_PRODUCT = 8;
export const BEFORE_PERSON = 16;
export const BEFORE_LOCATION = 32;
export const AFTER_PERSON = 64;
/** A given name that is also a common word («حصة», «أمل»). */
export const AMBIGUOUS_GIVEN = 128;
/** Words that announce a name only in quotes after them («هيئة «أوجيرو»», «مسلسل «…»»). */
export const QUOTED_ORG = 256;
export const QUOTED_PRODUCT = 512;
/** Place words after which an unlisted name is a place («مدينة تايلور»). */
export const UNLISTED_PLACE = 1024;
/** Public-body nouns whose definite complement names the body («وزارة الاتصالات»). */
export const INSTITUTION = 2048;
/** Nouns that name a body only with its origin or a «لل…» complement («البنك المركزي العماني», «جهاز الاستثمار العماني»). */
export const INSTITUTION_OF_ORIGIN = 4096;
/** Verbs of saying («قال», «أكدت»): a quoted name after «لـ» in their sentence is an outlet. */
export const SPEECH_VERB = 8192;
/** Words that count or pick from a class («كل», «أي», «عدة»): a trigger after them names no one. */
export const QUANTIFIER = 16384;
/** Words that name a gathering («مؤتمر», «معرض»): an unlisted Latin name after one is an event's. */
export const EVENT = 32768;
/** English company words in Arabic letters («كابيتال», «فنتشرز»): the word before one names a company. */
export const ORG_DESIGNATOR = 65536;
/** Words for a company that name one by what it does only with its origin («شركة الاتصالات السعودية»). */
export const COMPANY_OF_ORIGIN = 131072;
/** Adjectives of a company's scope that count as its origin («الوطنية», «العامة»). */
export const COMPANY_SCOPE = 262144;
export const BEFORE_ANY = BEFORE_ORG | BEFORE_PRODUCT | BEFORE_PERSON | BEFORE_LOCATION;
export const ANY_TRIGGER = BEFORE_ANY | AFTER_PERSON | QUOTED_ORG | QUOTED_PRODUCT;

const BEFORE_BITS: Record<string, number> = {
  ORG: BEFORE_ORG,
  PRODUCT: BEFORE_PRODUCT,
  PERSON: BEFORE_PERSON,
  LOCATION: BEFORE_LOCATION,
};

const QUOTED_BITS: Record<string, number> = { ORG: QUOTED_ORG, PRODUCT: QUOTED_PRODUCT };

/** Every type that `typeOfTrigger` may answer. */
export const TRIGGER_TYPES: readonly EntryType[] = ["PERSON", "ORG", "PRODUCT", "LOCATION"];

/** The type a "before" trigger bit announces. */
export function typeOfTrigger(bits: number): EntryType | null {
  if (bits & BEFORE_PERSON) return "PERSON";
  if (bits & BEFORE_ORG) return "ORG";
  if (bits & BEFORE_PRODUCT) return "PRODUCT";
  if (bits & BEFORE_LOCATION) return "LOCATION";
  return null;
}

/** The type a trigger bit announces for a name in quotes after it: any "before" trigger's, or a quote-only one's. */
export function typeOfQuotedTrigger(bits: number): EntryType | null {
  const type = typeOfTrigger(bits);
  if (type !== null) return type;
  if (bits & QUOTED_ORG) return "ORG";
  if (bits & QUOTED_PRODUCT) return "PRODUCT";
  return null;
}

/** Proclitic sequences as folded keys, longest first. */
export const PROCLITICS: readonly string[] = [...proclitics.sequences].map(matchKey).sort((a, b) => b.length - a.length);
/** Sequences ending in ل + ال with the alef dropped («للإمارات»). */
export const LAM_ARTICLE: readonly string[] = proclitics.lamArticle.map(matchKey);
/** Every proclitic form that may stand before a name, incl. the article forms, for prefix reporting. */
export const PREFIX_FORMS: ReadonlySet<string> = new Set([
  ...PROCLITICS,
  ...LAM_ARTICLE,
  ...["ال", "وال", "فال", "بال", "كال", "وبال", "فبال"].map(matchKey),
]);

/**
 * One-word Arabic ordinals, masculine and feminine («السادس», «الثانية», «الأولى»), from the
 * ordinal days of the values data. The last word of a regnal name («محمد السادس») is no
 * surname: alone it is the ordinal («الجيل السادس» is 6G, not Mohammed VI).
 */
export const ORDINAL_WORDS: readonly string[] = Object.keys(relative.ordinalDays)
  .filter((ordinal) => !ordinal.includes(" "))
  .flatMap((ordinal) => (ordinal.endsWith("ين") ? [ordinal] : [ordinal, ordinal === "الأول" ? "الأولى" : `${ordinal}ة`]));

/** Latin words that are not names on their own, lowercased. */
export const LATIN_STOPWORDS: ReadonlySet<string> = new Set(latinStoplist.words.map((word) => word.toLowerCase()));

/**
 * A compound given name as the press writes it, joined or spaced: «عبدالرؤوف» is also
 * «عبد الرؤوف», «نور الدين» also «نورالدين». Other names are written one way.
 */
export function compoundSpellings(name: string): string[] {
  const parts = /^(عبد|\S+?) ?(ال\S+)$/u.exec(name);
  if (parts === null || (parts[1] !== "عبد" && !COMPOUND_ENDS.has(parts[2]!))) return [name];
  return [`${parts[1]}${parts[2]}`, `${parts[1]} ${parts[2]}`];
}
const COMPOUND_ENDS: ReadonlySet<string> = new Set(["الدين", "الإسلام"]);

/**
 * Trigger words and the dual construct of each one-word feminine noun among them: «منصة» →
 * «منصتي», which announces two names («منصتي Upwork وToptal», «لعبتي «Valorant» و«FIFA»»).
 * (A masculine noun's, «تطبيقي», is also an adjective: «الجانب التطبيقي».)
 */
function withDualConstructs(words: readonly string[]): string[] {
  const all = [...words];
  for (const word of words) if (word.endsWith("ة") && !word.includes(" ")) all.push(`${word.slice(0, -1)}تي`);
  return all;
}

/** The context lexicon: stopwords, triggers and given names in one trie of folded keys. */
export class Lexicon {
  readonly keys: string[] = [];
  readonly bits: number[] = [];
  readonly trie: KeyTrie;
  /** Folded given names, stopwords and ordinals: never derived as a surname alone. */
  readonly notSurnames: ReadonlySet<string>;

  constructor(givenNames: GivenNames) {
    const index = new Map<string, number>();
    const add = (word: string, bit: number): void => {
      const key = matchKey(word);
      if (key === "") return;
      let i = index.get(key);
      if (i === undefined) {
        i = this.keys.length;
        index.set(key, i);
        this.keys.push(key);
        this.bits.push(0);
      }
      this.bits[i]! |= bit;
    };
    for (const word of stopwords.words) add(word, STOPWORD);
    for (const [type, words] of Object.entries(triggers.before)) for (const word of withDualConstructs(words)) add(word, BEFORE_BITS[type]!);
    for (const word of triggers.after.PERSON) add(word, AFTER_PERSON);
    for (const [type, words] of Object.entries(triggers.beforeQuoted)) for (const word of withDualConstructs(words)) add(word, QUOTED_BITS[type]!);
    for (const word of triggers.unlistedPlaces) add(word, UNLISTED_PLACE);
    for (const word of triggers.institutions) add(word, INSTITUTION);
    for (const word of triggers.institutionsOfOrigin) add(word, INSTITUTION_OF_ORIGIN);
    for (const word of triggers.companiesOfOrigin) add(word, COMPANY_OF_ORIGIN);
    for (const word of triggers.companyScopes) add(word, COMPANY_SCOPE);
    for (const word of triggers.speechVerbs) add(word, SPEECH_VERB);
    for (const word of triggers.quantifiers) add(word, QUANTIFIER);
    for (const word of triggers.events) add(word, EVENT);
    for (const word of variants.transliteratedOrgDesignators) add(word, ORG_DESIGNATOR);
    for (const word of givenNames.ar ?? []) for (const spelling of compoundSpellings(word)) add(spelling, GIVEN_NAME);
    for (const word of givenNames.en ?? []) add(word, GIVEN_NAME);
    for (const word of givenNames["ar-translit"] ?? []) add(word, GIVEN_NAME);
    for (const word of givenNames["ar-ambiguous"] ?? []) add(word, AMBIGUOUS_GIVEN);
    this.trie = new KeyTrie(this.keys);
    const notSurnames = new Set<string>();
    this.keys.forEach((key, i) => {
      if (this.bits[i]! & (STOPWORD | GIVEN_NAME)) notSurnames.add(key);
    });
    for (const ordinal of ORDINAL_WORDS) notSurnames.add(matchKey(ordinal));
    this.notSurnames = notSurnames;
  }
}
