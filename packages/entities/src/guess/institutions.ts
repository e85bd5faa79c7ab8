import triggerData from "../../data/triggers.json";
import { CONFIDENCE } from "../candidate.js";
import { matchKey } from "../gazetteer.js";
import { COMPANY_OF_ORIGIN, COMPANY_SCOPE, INSTITUTION, INSTITUTION_OF_ORIGIN, STOPWORD } from "../lexicon.js";
import type { WordList } from "./startWords.js";
import type { GuessScope } from "./scope.js";

/**
 * Stage 2b: public bodies named by what they do: an institution noun and its definite complement
 * («وزارة الاتصالات», «هيئة الإعلام والاتصالات», «هيئة أسواق المال» — one or two indefinite
 * nouns before a definite one —, «الهيئة العامة للرقابة المالية», where the noun has the
 * article and the complement must hold «لل…» (or «ل» + noun + definite noun, «لتنظيم
 * الإعلام») or, two words or more, a country's adjective:
 * «الوزارة الجديدة» and «الهيئة السعودية» are no names). Nouns too common alone need that
 * always («جهاز الاستثمار العماني», not «جهاز الهاتف»).
 */
export function guessInstitutions(s: GuessScope, institutions: WordList): void {
  const { chars, count, ks, lexicon, gazetteer } = s;
  for (let i = 0; i < institutions.length; i++) {
    const w = institutions.words[i]!;
    if (!s.free(w) || (i > 0 && institutions.words[i - 1]! === w - 1)) continue;
    let last = w;
    let definite = false;
    let lamArticle = false;
    let origin = false;
    let originNext = false;
    const company = (s.procliticBits(w) & COMPANY_OF_ORIGIN) !== 0;
    let personNamed = false;
    for (let v = w + 1; v < count && v - w <= MAX_INSTITUTION_WORDS && !s.breakBefore(v) && s.free(v) && s.isArabic(v); v++) {
      if ((s.plainBits(v) | s.procliticBits(v)) & STOPWORD) break;
      // «جامعة الملك سعود», «جامعة السلطان قابوس»: named after a person, which
      // withInstitutionNames finds with the whole name.
      if (TITLE_IN_NAME_KEYS.has(s.keyOf(v))) {
        personNamed = true;
        break;
      }
      if (s.procliticBits(v) & (INSTITUTION | INSTITUTION_OF_ORIGIN | COMPANY_OF_ORIGIN)) break; // «… والصندوق الجزائري»: the next body
      if (s.startsWithArticle(v)) {
        definite = true;
        lamArticle ||= chars[ks[v]!] === 0x644 && chars[ks[v]! + 1] === 0x644;
        const ofOrigin = gazetteer.countryAdjectives.has(s.keyOf(v)) || (company && (s.plainBits(v) & COMPANY_SCOPE) !== 0);
        origin ||= ofOrigin;
        if (v === w + 1) originNext = ofOrigin;
        last = v;
      } else if (v === last + 1 && !(company && origin) && (!definite || chars[ks[v]!] === 0x644 || chars[ks[v]!] === 0x648) && definiteWithin(s, v + 1, definite ? 1 : 2)) {
        // An indefinite noun before a definite one («أسواق» of «هيئة أسواق المال»), two at the
        // start («هيئة تنظيم قطاع الاتصالات»); after «ل», what the body is for, as «لل…» says
        // it («الهيئة العامة لتنظيم الإعلام»). Not after a company's origin, which only
        // adjectives follow («شركة البترول الوطنية الكويتية تطبيق…»). After a definite
        // complement only «ل» or «و» goes on («وزارة الاتصالات وتقنية المعلومات»): a bare
        // noun starts the next phrase («هيئة الإعلام والاتصالات تراخيص الطيف»).
        lamArticle ||= definite && chars[ks[v]!] === 0x644;
        last = v;
      } else break;
    }
    // A company is named by its origin («شركة الاتصالات السعودية»); «الشركة» only as «الشركة
    // السعودية للكهرباء» (not «الشركة المطورة للتطبيق», «الشركة الناشئة السعودية»).
    const named = company ? (s.startsWithArticle(w) ? originNext && lamArticle : origin) : lamArticle || (origin && (!s.startsWithArticle(w) || last - w >= 2));
    // Adjectives alone before a quoted name describe it («المؤسسة الناشئة الجزائرية «دفعتي»»);
    // a name before its short form stays one («المؤسسة العربية للاتصالات الفضائية «عربسات»»).
    if (!lamArticle && (s.startsWithArticle(w) || company) && last + 1 < count && s.breakBefore(last + 1) && s.openerBefore(last + 1)) continue;
    // So do they before a Latin name («شركة الذكاء الاصطناعي الفرنسية Mistral»).
    if (company && last + 1 < count && !s.breakBefore(last + 1) && !s.isArabic(last + 1)) continue;
    if (personNamed || !definite || ((s.startsWithArticle(w) || company || !(s.procliticBits(w) & INSTITUTION)) && !named)) continue;
    const skip = lexicon.skip[2 * w + 1]!;
    s.pushAfterProclitic(w, last + 1, "ORG", CONFIDENCE.context, "context", false, skip);
  }
}

// Does a word starting with the article itself (no preposition before it) come within
// `most` words from v, through name words only?
function definiteWithin(s: GuessScope, v: number, most: number): boolean {
  const { count } = s;
  for (let u = v; u < v + most && u < count && !s.breakBefore(u) && s.free(u) && s.isArabic(u) && !((s.plainBits(u) | s.procliticBits(u)) & STOPWORD); u++) {
    if (s.bareArticle(u)) return true;
  }
  return false;
}

/** Titles kept in the name of a body named after a person («الملك» of «جامعة الملك سعود»), folded. */
const TITLE_IN_NAME_KEYS: ReadonlySet<string> = new Set(triggerData.titlesInNames.map((title) => matchKey(title)));
/** Words of a public body's name after its noun, at most («هيئة تنظيم النقل البري»). */
const MAX_INSTITUTION_WORDS = 5;
