import { CONFIDENCE } from "../candidate.js";
import { matchKey } from "../gazetteer.js";
import { AMBIGUOUS_GIVEN, GIVEN_NAME } from "../lexicon.js";
import { commaBefore } from "./text.js";
import { LetterFact, type GuessScope } from "./scope.js";

/**
 * Stage 3a: a man's name where the sentence's frame says a subject stands: between «كان» and «قد»
 * («وكان مات غارمان قد لمّح»), and after a verb of founding or leading that carries what
 * he founded or leads, up to where the phrase ends («التي أسسها كريم بقير وزهرة سليم»,
 * «التي يقودها يحيى بوهلال،»). Two or three name words, none with the article: a body or
 * a thing is said with the article or a trigger noun, which are no name words («وكان
 * المؤشر قد», «وكان بنك الجزائر قد»), and one word alone may be a common noun. After
 * «كانت», one name word before «قد» is a company's name. Two name words before «، الذي» are
 * the man it is about, and so are two after «أما» that «من» or a verb with «ف» follows.
 */
export function guessFramedSubjects(s: GuessScope): void {
  const { norm, chars, pos, count, ks, ke, idOf, letters } = s;
  for (let w = 0; w + 2 < count; w++) {
    // Most words are none of these: their first and last letters say so without the key,
    // which a fresh text would otherwise build for every short word; the frame word a type
    // is, is worked out from its key once.
    if (ke[w]! - ks[w]! > 6 || FRAME_FIRST_LAST[chars[ks[w]!]! * 2] === 0 || FRAME_FIRST_LAST[chars[ke[w]! - 1]! * 2 + 1] === 0) continue;
    const at = idOf[w]! * LetterFact.Fields + LetterFact.Frame;
    if (letters[at] === 0) letters[at] = 1 + frameOf(s.keyOf(w));
    const frame = (letters[at]! - 1) as Frame;
    if (frame === Frame.None) continue;
    // «وكانت سينوبسيس قد وسّعت»: one name word after the feminine, no woman's (no «ة», not a
    // given name), is a company.
    if (frame === Frame.WasFeminine) {
      const v = w + 1;
      if (s.nameWord(v) && !s.breakBefore(v) && !s.startsWithArticle(v) && !s.feminine(v) && !(s.plainBits(v) & (GIVEN_NAME | AMBIGUOUS_GIVEN)) && !s.breakBefore(v + 1) && s.keyOf(v + 1) === "قد") {
        s.pushCandidate(v, v + 1, "ORG", CONFIDENCE.context, "context", true);
        w = v + 1;
      }
      continue;
    }
    // «ويقود تانغ تان، الذي أمضى…»: two name words before «، الذي»; «أما تارون باثاك من…»:
    // two after «أما» before «من» or a verb with «ف».
    if (frame === Frame.Relative && w >= 2 && commaBefore(norm, pos[ks[w]!]!) && namePairAt(s, w - 2)) {
      s.pushCandidate(w - 2, w, "PERSON", CONFIDENCE.context, "context", true);
      continue;
    }
    if (frame === Frame.AsFor && namePairAt(s, w + 1) && w + 3 < count && !s.breakBefore(w + 3) && (s.keyOf(w + 3) === "من" || chars[ks[w + 3]!] === 0x641)) {
      s.pushCandidate(w + 1, w + 3, "PERSON", CONFIDENCE.context, "context", true);
      w += 2;
      continue;
    }
    const was = frame === Frame.Was;
    if (!was && frame !== Frame.FounderVerb) continue;
    let last = w + 1;
    while (last - w <= MAX_SUBJECT_WORDS && s.nameWord(last) && !s.breakBefore(last) && !s.startsWithArticle(last) && !s.feminine(last)) last++;
    if (last - w - 1 < 2) continue;
    if (was ? last >= count || s.breakBefore(last) || s.keyOf(last) !== "قد" : !s.phraseEndsBefore(last)) continue;
    s.pushCandidate(w + 1, last, "PERSON", CONFIDENCE.context, "context", true);
    w = last - 1;
  }
}

// Two free name words from v, in one phrase, neither with the article nor ending in «ة».
function namePairAt(s: GuessScope, v: number): boolean {
  return s.nameWord(v) && s.nameWord(v + 1) && !s.breakBefore(v + 1) && !s.startsWithArticle(v) && !s.startsWithArticle(v + 1) && !s.feminine(v) && !s.feminine(v + 1);
}

/** «كان» with the conjunctions it takes, as the lexicon keys it. */
const WAS_KEYS: ReadonlySet<string> = new Set(["كان", "وكان", "فكان"].map((word) => matchKey(word)));
/**
 * Verbs of founding or leading with the pronoun of what (a company, a fund), in the
 * masculine: the name after one is a man's, its subject («التي أسسها…», «التي يقودها…»).
 */
const FOUNDER_VERB_KEYS: ReadonlySet<string> = new Set(["اسسها", "اسسه", "يقودها", "يقوده", "يرأسها", "يرأسه", "يديرها", "يديره"].map((verb) => matchKey(verb)));
/** «الذي» after a comma: the man just named («تانغ تان، الذي…»). */
const RELATIVE_KEY = matchKey("الذي");

/** «أما» (as for), before the subject it sets apart. */
const AS_FOR_KEY = matchKey("أما");

/** «كانت» with the conjunctions it takes: a company's verb as often as a woman's. */
const WAS_FEMININE_KEYS: ReadonlySet<string> = new Set(["كانت", "وكانت", "فكانت"].map((word) => matchKey(word)));
/** Per letter code, 1 at [2 code] when a frame word of 3a starts with it, at [2 code + 1] when one ends with it. */
const FRAME_FIRST_LAST = new Uint8Array(0x20000);
for (const key of [...WAS_KEYS, ...WAS_FEMININE_KEYS, ...FOUNDER_VERB_KEYS, RELATIVE_KEY, AS_FOR_KEY]) {
  FRAME_FIRST_LAST[key.charCodeAt(0) * 2] = 1;
  FRAME_FIRST_LAST[key.charCodeAt(key.length - 1) * 2 + 1] = 1;
}

/** The frame words of 3a (a word is one of them at most). */
const enum Frame {
  None,
  WasFeminine,
  Relative,
  AsFor,
  Was,
  FounderVerb,
}

function frameOf(key: string): Frame {
  if (WAS_FEMININE_KEYS.has(key)) return Frame.WasFeminine;
  if (key === RELATIVE_KEY) return Frame.Relative;
  if (key === AS_FOR_KEY) return Frame.AsFor;
  if (WAS_KEYS.has(key)) return Frame.Was;
  return FOUNDER_VERB_KEYS.has(key) ? Frame.FounderVerb : Frame.None;
}

/** Name words at most in a subject found by its frame (3a). */
const MAX_SUBJECT_WORDS = 3;
