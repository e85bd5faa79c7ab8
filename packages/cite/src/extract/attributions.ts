import type { Entity, EntityType } from "@qalam/entities";
import { lazy } from "../lazy.js";
import { lexicon } from "./attribution-lexicon.js";
import type { PhraseCue } from "./attribution-lexicon.js";
import { entitiesOf, isOutletEntity } from "./entity-tags.js";
import { isOutletHead } from "./outlets.js";
import { pairQuotes } from "./quotes.js";
import type { QuotePair } from "./quotes.js";
import { splitSentences } from "./sentences.js";
import { foldKey, isDigits, requireString, scanWords } from "./text-scan.js";
import type { Word } from "./text-scan.js";
import type { TextSlice, TextSpan } from "./types.js";

/** Options of {@link extractAttributions}. */
export interface ExtractAttributionsOptions {
  /** Entities of the text tagged already (a pipeline's); otherwise `tagEntities` runs. */
  entities?: readonly Entity[];
}

/** The words that mark an attribution: «قال», «وفقًا ل», «بحسب ما ورد», «المصدر:». */
export interface AttributionCue extends TextSlice {
  /** Dictionary form: "قال", "أكد", "وفقا ل", "بحسب", "المصدر"… (see data/attribution-cues.json). */
  lemma: string;
}

/** Who the content is attributed to. */
export interface AttributionSource extends TextSlice {
  /** Id of the linked entity, e.g. "org:openai", when the tagger knows the name. */
  entityId?: string;
  /** English canonical name of the linked entity or outlet («رويترز» → "Reuters"). */
  canonical?: string;
  type?: EntityType;
  /** True for a news outlet or agency («وكالة بلومبرغ», «رويترز», «المصدر: نيويورك تايمز»). */
  outlet?: boolean;
}

/** What is attributed: a direct quote (inside quotation marks) or the clause the cue introduces. */
export interface AttributionContent extends TextSlice {
  /** True for text inside quotation marks; false for reported (indirect) content. */
  direct: boolean;
}

/** One attribution, after PARC (the Penn Attribution Relations Corpus): cue, source, content. */
export interface Attribution {
  cue: AttributionCue;
  /** Absent when the text names no source (a pro-dropped subject, «بحسب ما ورد»). */
  source?: AttributionSource;
  /** True when the source is not identified: «مصادر مطلعة», «أربعة أشخاص مطلعين», «بحسب ما ورد». */
  anonymous: boolean;
  quote?: AttributionContent;
}

// The lemma of the relaying verb (data/attribution-cues.json), whose «عن» names the relayed source.
const RELAY_LEMMA = "نقل";
// Folded forms (text-scan.ts foldKey) of the prepositions the phrase rules name, and the
// resumptive pronouns that may stand between a verb and its subject («في الوقت الذي أعرب فيه
// المسؤولون»). Folded on first use like the lexicon (../lazy.ts): folding at import would
// build @qalam/normalize's tables for programs that never extract.
const particles = lazy(() => ({
  ALA: foldKey("على"),
  WITH: foldKey("مع"),
  BETWEEN: foldKey("بين"),
  FI: foldKey("في"),
  AN: foldKey("عن"),
  MIN: foldKey("من"),
  RESUMPTIVE: new Set(["فيه", "فيها", "عنه", "عنها", "له", "لها"].map(foldKey)),
}));
const MAX_VERB_SOURCE_WORDS = 5;
const MAX_PHRASE_SOURCE_WORDS = 8;
const MAX_BACKWARD_SOURCE_WORDS = 4;
const CONTENT_SEARCH_WORDS = 20;

interface Found {
  kind: "verb" | "according" | "credit";
  lemma: string;
  /** First and last word index of the cue. */
  first: number;
  last: number;
  span: TextSpan;
  /** Where the source phrase starts when it is glued to the cue («لمصادر» → after «ل»). */
  sourceFrom?: number;
  /** Word index the source phrase starts at. */
  sourceWord?: number;
  object?: string;
  /** «بحسب ما ورد»: the text says it was reported without saying by whom. */
  impersonal?: boolean;
}

interface Context {
  text: string;
  words: Word[];
  /** Sentence index of each word. */
  sentenceOf: Int32Array;
  sentences: TextSpan[];
  quotes: QuotePair[];
  quoteByClose: Map<number, QuotePair>;
  entities: readonly Entity[];
  /** Index into `entities` of the entity starting at each word, or -1. */
  entityAt: Int32Array;
  /** Positions of the commas («،» and «,»), ascending: a clause end is a binary search, not a scan. */
  commas: Int32Array;
}

/**
 * Finds who says what in an Arabic news article, as PARC-style records: the cue
 * (reporting verb «قال/أكد/أوضح/أشار…», «وفقًا لـ», «بحسب», «نقلًا عن», a credit line
 * «المصدر:»), its source (linked to an entity when the tagger knows it; `anonymous` for
 * «مصادر مطلعة», «أربعة أشخاص مطلعين»; `outlet` for «وكالة بلومبرغ», «رويترز») and what is
 * attributed: a direct quote in “ ”, « », "…" or the reversed ” … “ pairs (paired by
 * position, not glyph), or the indirect clause after «أن/إن» or a colon. Records are in
 * text order; spans index `articleText`. Cues inside a quotation are not read.
 * Runs in time linear in the text; never throws on a string.
 *
 * @example
 * extractAttributions("قال ألتمان في بيان: “نحن ممتنون”.")
 * // → [{ cue: { text: "قال", lemma: "قال", … }, source: { text: "ألتمان", … },
 * //      anonymous: false, quote: { text: "نحن ممتنون", direct: true, … } }]
 * @throws {TypeError} when `articleText` is not a string.
 */
export function extractAttributions(articleText: string, options: ExtractAttributionsOptions = {}): Attribution[] {
  requireString(articleText, "articleText");
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const text = articleText;
  const words = scanWords(text);
  if (words.length === 0) return [];
  const quotes = pairQuotes(text);
  const sentences = splitSentences(text, quotes);
  const sentenceOf = new Int32Array(words.length);
  for (let w = 0, s = 0; w < words.length; w++) {
    while (s < sentences.length - 1 && sentences[s]!.end <= words[w]!.start) s++;
    sentenceOf[w] = s;
  }
  const entities = [...entitiesOf(text, options.entities)].sort((a, b) => a.start - b.start);
  const entityAt = new Int32Array(words.length).fill(-1);
  for (let w = 0, e = 0; w < words.length && e < entities.length; w++) {
    const word = words[w]!;
    while (e < entities.length && entities[e]!.start < word.start) e++;
    if (e < entities.length && entities[e]!.start < word.end) entityAt[w] = e;
  }
  const quoteByClose = new Map(quotes.map((q) => [q.close, q]));
  const ctx: Context = { text, words, sentenceOf, sentences, quotes, quoteByClose, entities, entityAt, commas: commaPositions(text) };

  const found = findCues(ctx);
  const records: Array<{ cue: Found; attribution: Attribution }> = [];
  // Content before a «وفقًا لـ…» never reaches back past an earlier one in the same sentence:
  // «X، وفقًا لـA، Y، وفقًا لـB» gives A the X and B the Y (and keeps the work linear).
  let floor = 0;
  for (let i = 0; i < found.length; i++) {
    const cue = found[i]!;
    const next = found[i + 1];
    const attribution = buildAttribution(ctx, cue, next, floor);
    if (attribution !== null) records.push({ cue, attribution });
    if (cue.kind === "according") floor = attribution?.source?.end ?? cue.span.end;
  }
  // «وفقًا لمصادر مطلعة نقلتها وكالة بلومبرغ، …»: the relative-clause verb relays the
  // same content as the «وفقًا» it qualifies.
  for (let i = 1; i < records.length; i++) {
    const { cue, attribution } = records[i]!;
    const outer = records[i - 1]!.attribution;
    if (cue.kind !== "verb" || records[i - 1]!.cue.kind !== "according" || outer.quote === undefined) continue;
    if (outer.source !== undefined && text.slice(outer.source.end, attribution.cue.start).trim() === "") {
      attribution.quote = { ...outer.quote };
    }
  }
  return records
    .map((r) => r.attribution)
    .filter((a) => a.quote !== undefined || a.cue.lemma === "المصدر" || a.cue.lemma === "source" || keepsWithoutContent(a));
}

/** A cue without content is kept only when its source is clearly a speaker. */
function keepsWithoutContent(a: Attribution): boolean {
  return a.source !== undefined && (a.anonymous || a.source.entityId !== undefined || a.source.outlet === true);
}

/** Strips a glued conjunction («وقال», «فأكد», «وبحسب»): returns how many letters to skip. */
function conjunctionLength(word: Word): number {
  const k = word.key;
  return k.length > 2 && (k[0] === "و" || k[0] === "ف") ? 1 : 0;
}

function insideQuote(quotes: readonly QuotePair[], at: number): boolean {
  // Quotes are few; a binary search by opening index keeps this O(log n).
  let lo = 0;
  let hi = quotes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open < at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Nested quotes: the enclosing pair may open earlier than the nearest one.
  for (let q = best; q >= 0 && q >= best - 2; q--) if (quotes[q]!.close > at) return true;
  return false;
}

function findCues(ctx: Context): Found[] {
  const { text, words } = ctx;
  const found: Found[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (insideQuote(ctx.quotes, word.start)) continue;
    const conj = conjunctionLength(word);
    const bareKey = conj > 0 ? word.key.slice(conj) : undefined;

    const credit = matchPhrase(words, k, word.key, bareKey, lexicon().CREDIT_CUES);
    if (credit !== null) {
      const after = skipSpaces(text, words[credit.last]!.end);
      if (text[after] === ":" && lineStart(text, word.start)) {
        found.push({ kind: "credit", lemma: credit.cue.lemma, first: k, last: credit.last, span: { start: word.start, end: after + 1 }, sourceWord: credit.last + 1 });
        k = credit.last;
        continue;
      }
    }

    const according = matchPhrase(words, k, word.key, bareKey, lexicon().ACCORDING_CUES);
    if (according !== null) {
      const cue = readAccording(ctx, k, conj, according.cue, according.last);
      if (cue !== null) {
        found.push(cue);
        k = cue.last;
        continue;
      }
    }

    // «نقلت وكالة رويترز عن مصدر حكومي قوله …»: the agency relays a source named after «عن».
    const relay = found[found.length - 1];
    if (
      word.key === particles().AN && relay !== undefined && relay.kind === "verb" && relay.lemma === RELAY_LEMMA &&
      k - relay.last <= MAX_VERB_SOURCE_WORDS + 1 && ctx.sentenceOf[relay.first] === ctx.sentenceOf[k]
    ) {
      found.push({ kind: "verb", lemma: `${RELAY_LEMMA} عن`, first: k, last: k, span: { start: word.start, end: word.end }, sourceWord: k + 1 });
      continue;
    }
    const verb = lexicon().VERB_CUES.get(word.key) ?? (bareKey !== undefined ? lexicon().VERB_CUES.get(bareKey) : undefined);
    if (verb !== undefined) {
      const cue: Found = { kind: "verb", lemma: verb.lemma, first: k, last: k, span: { start: word.start + (lexicon().VERB_CUES.has(word.key) ? 0 : conj), end: word.end }, sourceWord: k + 1 };
      if (verb.object !== undefined) cue.object = verb.object;
      // «أفاد به», «ذكرته»: a pronoun object after the verb belongs to the cue.
      const nextWord = words[k + 1];
      if (nextWord !== undefined && (nextWord.key === "به" || nextWord.key === "بها") && onlySpaces(text, word.end, nextWord.start)) {
        cue.last = k + 1;
        cue.span.end = nextWord.end;
        cue.sourceWord = k + 2;
      }
      found.push(cue);
      k = cue.last;
    }
  }
  return found;
}

/**
 * The longest phrase cue starting at word `k`, whose first word is the word's key or its key
 * without a glued conjunction (`bareKey`): of all cues that match, the one ranked first.
 */
function matchPhrase(words: Word[], k: number, key: string, bareKey: string | undefined, cues: ReadonlyMap<string, readonly PhraseCue[]>): { cue: PhraseCue; last: number } | null {
  let best = firstMatch(words, k, cues.get(key), undefined);
  if (bareKey !== undefined) best = firstMatch(words, k, cues.get(bareKey), best);
  return best === undefined ? null : { cue: best, last: k + best.words.length - 1 };
}

/** The first cue of a list (ranked) that matches at word `k` and outranks `best`, else `best`. */
function firstMatch(words: Word[], k: number, list: readonly PhraseCue[] | undefined, best: PhraseCue | undefined): PhraseCue | undefined {
  if (list === undefined) return best;
  for (const cue of list) {
    if (best !== undefined && best.rank < cue.rank) break;
    if (restMatches(words, k, cue)) return cue;
  }
  return best;
}

function restMatches(words: Word[], k: number, cue: PhraseCue): boolean {
  for (let j = 1; j < cue.words.length; j++) if (words[k + j]?.key !== cue.words[j]) return false;
  return true;
}

/** «وفقًا لمصادر», «وفقًا لـ OpenAI», «بحسب ما ورد», «وفقًا لما أفاد به أربعة أشخاص». */
function readAccording(ctx: Context, k: number, conj: number, cue: PhraseCue, last: number): Found | null {
  const { text, words } = ctx;
  const start = words[k]!.start + (cue.words[0] === words[k]!.key ? 0 : conj);
  const found: Found = { kind: "according", lemma: cue.lemma, first: k, last, span: { start, end: words[last]!.end } };
  let nextIndex = last + 1;
  let next = words[nextIndex];
  if (next === undefined || !onlySpaces(text, words[last]!.end, next.start)) return cue.clitic === undefined ? found : null;
  if (cue.clitic !== undefined) {
    // The preposition: a word of its own («لـ»), or glued to the source («لمصادر»).
    if (next.key === cue.clitic) {
      found.span.end = next.end;
      found.last = nextIndex;
      nextIndex++;
      next = words[nextIndex];
      if (next === undefined) return null;
    } else if (next.key.startsWith(cue.clitic) && next.key.length > cue.clitic.length) {
      let from = next.start + 1;
      while (text[from] === "\u0640") from++; // «لـOpenAI»
      found.span.end = from;
      if (next.key === `${cue.clitic}ما`) {
        // «وفقًا لما …»
        found.span.end = next.end;
        found.last = nextIndex;
        return absorbReported(ctx, found, nextIndex + 1);
      }
      found.sourceFrom = from;
      found.sourceWord = nextIndex;
      return found;
    } else {
      return null;
    }
  }
  if (next.key === "ما") {
    found.span.end = next.end;
    found.last = nextIndex;
    return absorbReported(ctx, found, nextIndex + 1);
  }
  found.sourceWord = nextIndex;
  return found;
}

/** After «بحسب ما»/«وفقًا لما»: «ورد» (impersonal) or a reporting verb whose subject is the source. */
function absorbReported(ctx: Context, found: Found, at: number): Found {
  const { text, words } = ctx;
  const word = words[at];
  if (word === undefined || !onlySpaces(text, words[at - 1]!.end, word.start)) return found;
  if (lexicon().REPORTEDLY.has(word.key)) {
    found.span.end = word.end;
    found.last = at;
    found.impersonal = true;
    found.sourceWord = at + 1;
    return found;
  }
  if (lexicon().VERB_CUES.has(word.key)) {
    found.span.end = word.end;
    found.last = at;
    const obj = words[at + 1];
    if (obj !== undefined && (obj.key === "به" || obj.key === "بها") && onlySpaces(text, word.end, obj.start)) {
      found.span.end = obj.end;
      found.last = at + 1;
    }
    found.sourceWord = found.last + 1;
  }
  return found;
}

function buildAttribution(ctx: Context, cue: Found, next: Found | undefined, floor: number): Attribution | null {
  const { text, sentences, sentenceOf } = ctx;
  const sentence = sentences[sentenceOf[cue.first]!]!;
  let source: AttributionSource | undefined;
  let sourceEnd = cue.span.end;
  if (cue.kind === "credit") {
    const from = cue.sourceWord ?? cue.last + 1;
    const span = creditSource(ctx, from);
    if (span !== null) source = makeSource(ctx, span);
    return source === undefined ? { cue: cueOf(text, cue), anonymous: false } : { cue: cueOf(text, cue), source, anonymous: false };
  }
  if (!cue.impersonal && cue.sourceWord !== undefined) {
    const span = readSourcePhrase(ctx, cue.sourceWord, cue.sourceFrom, cue.kind === "verb" ? MAX_VERB_SOURCE_WORDS : MAX_PHRASE_SOURCE_WORDS, sentence.end, cue.object);
    if (span !== null) {
      source = makeSource(ctx, span);
      sourceEnd = span.end;
    }
  }
  let backwardSource = false;
  if (source === undefined && cue.kind === "verb") {
    const span = readBackwardSource(ctx, cue.first, sentence.start);
    if (span !== null) {
      source = makeSource(ctx, span);
      backwardSource = true;
    }
  }
  const limit = next !== undefined && next.span.start < sentence.end ? clauseEndBefore(ctx, next, sentence, sourceEnd) : sentence.end;
  let quote: AttributionContent | undefined;
  if (cue.kind === "verb") {
    quote = forwardContent(ctx, cue, backwardSource ? cue.span.end : sourceEnd, limit, sentence);
    // «“…”، قال رئيس الوزراء في مؤتمر صحفي.»: a quote that ends just before the cue.
    quote ??= quoteJustBefore(ctx, cue, sentence);
    // «…، كما أكد ألتمان.»: the cue and its source close the sentence.
    if (quote === undefined && source !== undefined && !backwardSource && /^[\s.!؟?…]*$/u.test(text.slice(sourceEnd, sentence.end))) {
      quote = backwardContent(ctx, cue, sentence);
    }
  } else {
    const start = Math.max(sentence.start, floor);
    quote = accordingContent(ctx, cue, sourceEnd, limit, { start, end: sentence.end }, next);
  }
  const anonymous = cue.impersonal === true || (source !== undefined && isAnonymous(ctx, source));
  // Properties in reading order: cue, source, anonymous, quote.
  return {
    cue: cueOf(text, cue),
    ...(source !== undefined ? { source } : {}),
    anonymous,
    ...(quote !== undefined ? { quote } : {}),
  };
}

function cueOf(text: string, cue: Found): AttributionCue {
  return { start: cue.span.start, end: cue.span.end, text: text.slice(cue.span.start, cue.span.end), lemma: cue.lemma };
}

/** The rest of a credit line («المصدر: نيويورك تايمز»), at most six words. */
function creditSource(ctx: Context, from: number): TextSpan | null {
  const { text, words } = ctx;
  const first = words[from];
  if (first === undefined) return null;
  let end = first.end;
  for (let w = from + 1; w < words.length && w < from + 6; w++) {
    if (!onlySpaces(text, words[w - 1]!.end, words[w]!.start)) break;
    end = words[w]!.end;
  }
  const lineEnd = text.indexOf("\n", first.start);
  if (lineEnd !== -1 && lineEnd < end) return null;
  return { start: first.start, end };
}

/**
 * The noun phrase naming a source, read forward from a word: it ends at punctuation,
 * a complementizer, another cue, an adjunct preposition («في», «خلال», «يوم»), a new
 * clause («وطلبوا…»), the verb's object preposition, or after `max` words; a tagged entity is taken whole, and a
 * prepositional phrase after «مطلعين/القريبة» or «على دراية» stays in it.
 */
function readSourcePhrase(ctx: Context, from: number, fromChar: number | undefined, max: number, limit: number, object?: string): TextSpan | null {
  const { text, words, entities, entityAt } = ctx;
  const first = words[from];
  if (first === undefined || first.start >= limit) return null;
  if (fromChar === undefined && particles().RESUMPTIVE.has(first.key) && words[from + 1] !== undefined) {
    return readSourcePhrase(ctx, from + 1, words[from + 1]!.start, max, limit, object);
  }
  const start = fromChar ?? first.start;
  // Nothing but spaces may separate the cue and its source («قال: …» has none).
  if (fromChar === undefined && !onlySpaces(text, words[from - 1]?.end ?? first.start, first.start)) return null;
  const firstKey = fromChar === undefined ? first.key : stripClitic(first.key);
  if (lexicon().COMPLEMENTIZERS.has(firstKey) || lexicon().SOURCE_STOPS.has(firstKey) || lexicon().VERB_CUES.has(firstKey)) return null;
  let end = first.end;
  let count = 1;
  let w = from;
  const takeEntity = (at: number): number => {
    const e = entityAt[at]!;
    if (e < 0) return at;
    const entity = entities[e]!;
    let last = at;
    while (last + 1 < words.length && words[last + 1]!.start < entity.end) last++;
    end = Math.max(end, words[last]!.end);
    return last;
  };
  w = takeEntity(w);
  while (w + 1 < words.length && count < max) {
    const prev = words[w]!;
    const word = words[w + 1]!;
    if (word.start >= limit || !onlySpaces(text, prev.end, word.start)) break;
    const key = word.key;
    if (lexicon().COMPLEMENTIZERS.has(key) || lexicon().VERB_CUES.has(key) || lexicon().VERB_CUES.has(stripClitic(key))) break;
    // The verb's own preposition starts its content: «اشتكت OpenAI من…», «يعترف الجانبان بالمخاطر».
    if (object !== undefined && (key === object || (object.length === 1 && key.length > 2 && key.startsWith(object)))) break;
    if (entityAt[w + 1]! >= 0) {
      w = takeEntity(w + 1);
      count++;
      continue;
    }
    if (lexicon().SOURCE_STOPS.has(key)) {
      // «مطلعين على المحادثات», «القريبة من الأمر», «على دراية بالعلاقة بينهما»
      const object = words[w + 2];
      const attach = (lexicon().KNOWLEDGEABLE.has(prev.key) || lexicon().KNOWLEDGEABLE.has(stripClitic(prev.key))) && (key === particles().ALA || key === particles().MIN);
      const idiom = key === particles().ALA && object !== undefined && lexicon().KNOWLEDGE_IDIOMS.has(object.key);
      if ((attach || idiom) && object !== undefined && object.start < limit && onlySpaces(text, word.end, object.start)) {
        let last = w + 2;
        const idiomObject = words[last + 1];
        // «على دراية بالعلاقة»: the idiom takes its own object.
        if (idiom && idiomObject !== undefined && idiomObject.start < limit && onlySpaces(text, object.end, idiomObject.start)) last++;
        end = words[extendTail(ctx, last, limit)]!.end;
      } else if (key === particles().FI && object !== undefined && object.start < limit && onlySpaces(text, word.end, object.start) && anonymousHead(words, from)) {
        // «مصادر في الحكومة», «المسؤولون التنفيذيون في مايكروسوفت»: where unnamed sources work.
        const e = entityAt[w + 2]!;
        if (e >= 0 && (entities[e]!.type === "ORG" || entities[e]!.type === "LOCATION")) {
          let last = w + 2;
          while (last + 1 < words.length && words[last + 1]!.start < entities[e]!.end) last++;
          end = words[last]!.end;
        } else if (object.key.startsWith("ال")) {
          end = words[extendTail(ctx, w + 2, limit)]!.end;
        }
      }
      break;
    }
    if (count >= 2 && startsClause(key)) break;
    if (lexicon().CLAUSE_CONNECTORS.has(key)) break;
    end = word.end;
    count++;
    w++;
  }
  // A suffix glued to the last word stays with it («Microsoft’s»).
  for (let i = 0; i < 4 && end < limit && !/[\s،,.:;!?؟«»“”„‟"″()]/u.test(text[end]!); i++) end++;
  return { start, end };
}

/**
 * One more word of a noun phrase: a definite noun after an indefinite one (the construct
 * «خطط الشركة»), or «بين/بينهما» with its object («بالعلاقة بين الشركتين»).
 */
function extendTail(ctx: Context, last: number, limit: number): number {
  const { text, words } = ctx;
  const word = words[last]!;
  const next = words[last + 1];
  if (next === undefined || next.start >= limit || !onlySpaces(text, word.end, next.start)) return last;
  if (next.key === particles().BETWEEN) {
    const object = words[last + 2];
    return object !== undefined && object.start < limit && onlySpaces(text, next.end, object.start) ? last + 2 : last;
  }
  if (next.key.startsWith(particles().BETWEEN)) return last + 1;
  if (!stripClitic(word.key).startsWith("ال") && !word.key.startsWith("ال") && next.key.startsWith("ال") && !lexicon().SOURCE_STOPS.has(next.key)) return last + 1;
  return last;
}

/**
 * «…أربعة أشخاص مطلعين وطلبوا عدم…»: a glued «و» before a verb-like word (an imperfect
 * prefix ي/ت/ن, or a plural past ending «وا») opens a new clause. «وزارة», «وكالة»,
 * «ومايكروسوفت» do not.
 */
function startsClause(key: string): boolean {
  if (key.length < 4 || key[0] !== "و" || lexicon().CLAUSE_CONNECTORS.has(key)) return false;
  const rest = key.slice(1);
  return rest.endsWith("وا") || (rest.length >= 4 && (rest[0] === "ي" || rest[0] === "ت" || rest[0] === "ن"));
}

/** The subject before its verb («لكن التحديثات الجديدة تشير إلى أن…»): up to four words back to a clause boundary. */
function readBackwardSource(ctx: Context, cueWord: number, sentenceStart: number): TextSpan | null {
  const { text, words } = ctx;
  let first = -1;
  for (let w = cueWord - 1; w >= 0 && cueWord - w <= MAX_BACKWARD_SOURCE_WORDS; w--) {
    const word = words[w]!;
    if (word.start < sentenceStart || !onlySpaces(text, word.end, words[w + 1]!.start)) break;
    if (lexicon().CLAUSE_CONNECTORS.has(word.key) || lexicon().COMPLEMENTIZERS.has(word.key) || lexicon().SOURCE_STOPS.has(word.key)) break;
    if (lexicon().VERB_CUES.has(word.key)) break;
    first = w;
  }
  if (first < 0) return null;
  // The phrase must start a clause: at the sentence start, after punctuation or a connector.
  const before = words[first - 1];
  if (before !== undefined && before.start >= sentenceStart && onlySpaces(text, before.end, words[first]!.start) && !lexicon().CLAUSE_CONNECTORS.has(before.key)) {
    return null;
  }
  return { start: words[first]!.start, end: words[cueWord - 1]!.end };
}

function makeSource(ctx: Context, span: TextSpan): AttributionSource {
  const { text, entities } = ctx;
  const source: AttributionSource = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  const inside = entitiesIn(entities, span).filter((e) => e.type === "PERSON" || e.type === "ORG");
  const entity = inside[0];
  if (entity !== undefined) {
    if (entity.id !== undefined) source.entityId = entity.id;
    if (entity.canonical !== undefined) source.canonical = entity.canonical;
    source.type = entity.type;
  }
  // «وكالة بلومبرغ», «رويترز» (gazetteer kind outlet/agency), «صحيفة محلية».
  const head = scanWords(text, span.start, span.end)[0];
  if (inside.some(isOutletEntity) || (head !== undefined && isOutletHead(stripClitic(head.key)) && head.end < span.end)) {
    source.outlet = true;
  }
  return source;
}

/** True when the phrase starting at word `from` is headed by an anonymous-source noun («مصادر», «أربعة أشخاص»). */
function anonymousHead(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length && i < from + 3; i++) {
    const key = stripClitic(words[i]!.key);
    if (lexicon().QUANTIFIERS.has(key) || lexicon().QUANTIFIERS.has(words[i]!.key) || isDigits(words[i]!.text)) continue;
    return lexicon().ANONYMOUS_HEADS.has(words[i]!.key) || lexicon().ANONYMOUS_HEADS.has(key);
  }
  return false;
}

/** The entities overlapping `span` (the list is sorted by start): a binary search, then a short walk. */
function entitiesIn(entities: readonly Entity[], span: TextSpan): Entity[] {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Entity[] = [];
  const before = entities[lo - 1];
  if (before !== undefined && before.end > span.start) found.push(before);
  for (let i = lo; i < entities.length && entities[i]!.start < span.end; i++) found.push(entities[i]!);
  return found;
}

/**
 * An unidentified source: its head noun (after a quantifier or number) is one of the
 * anonymous heads («مصادر», «أربعة أشخاص»), or it is «<noun> مع <anonymous head>»
 * («مقابلات مع 19 شخصًا»); a tagged person is never anonymous.
 */
function isAnonymous(ctx: Context, source: AttributionSource): boolean {
  if (source.type === "PERSON") return false;
  const words = scanWords(ctx.text, source.start, source.end);
  const headAt = (from: number): boolean => {
    for (let i = from; i < words.length; i++) {
      const word = words[i]!;
      const key = stripClitic(word.key);
      if (lexicon().QUANTIFIERS.has(key) || lexicon().QUANTIFIERS.has(word.key) || isDigits(word.text)) continue;
      return lexicon().ANONYMOUS_HEADS.has(word.key) || lexicon().ANONYMOUS_HEADS.has(key);
    }
    return false;
  };
  if (headAt(0)) return true;
  const with_ = words.findIndex((w) => w.key === particles().WITH);
  return with_ > 0 && with_ <= 2 && headAt(with_ + 1);
}

function stripClitic(key: string): string {
  if (key.length > 3 && (key.startsWith("لل") || key.startsWith("بال"))) return key.startsWith("لل") ? `ال${key.slice(2)}` : key.slice(1);
  return key.length > 2 && (key[0] === "ل" || key[0] === "ب" || key[0] === "و" || key[0] === "ف") ? key.slice(1) : key;
}

/**
 * Direct or indirect content after a verb cue and its source: a quote that opens within
 * the next words (after «:» or «بأنها»), a colon clause, a complementizer clause («أن…»)
 * or, for «أعلن/كشف», the object after «عن». Runs to `limit` (the sentence end, or the
 * clause before the next cue).
 */
function forwardContent(ctx: Context, cue: Found, from: number, limit: number, sentence: TextSpan): AttributionContent | undefined {
  const { text, words } = ctx;
  const quote = firstQuoteFrom(text, ctx.quotes, from);
  let w = cue.last + 1;
  while (w < words.length && words[w]!.start < from) w++;
  const stop = Math.min(limit, words[w + CONTENT_SEARCH_WORDS]?.start ?? sentence.end);
  // Walk word by word; the gaps between words hold the colon and the quotation marks.
  let pos = from;
  for (; pos < stop; w++) {
    const word = words[w];
    const gapEnd = Math.min(word?.start ?? stop, stop);
    for (let i = pos; i < gapEnd; i++) {
      if (quote !== undefined && i === quote.open) return slice(text, quote.content, true);
      const c = text[i];
      if (c === ":") {
        const after = skipSpaces(text, i + 1);
        if (quote !== undefined && quote.open === after) return slice(text, quote.content, true);
        return clause(text, after, limit);
      }
      if (c === "." || c === "؟" || c === "!") return undefined;
    }
    if (word === undefined || word.start >= stop) break;
    if (lexicon().COMPLEMENTIZERS.has(word.key)) {
      const after = skipSpaces(text, word.end);
      if (quote !== undefined && quote.open === after) return slice(text, quote.content, true);
      return clause(text, word.start, limit);
    }
    if (cue.object !== undefined && word.key === cue.object) {
      const next = words[w + 1];
      if (next !== undefined) return clause(text, next.start, clauseEnd(ctx, next.start, limit));
    }
    // A one-letter preposition is glued to its object: «اعترف بالمخاطر».
    if (cue.object !== undefined && cue.object.length === 1 && word.key.length > 2 && word.key.startsWith(cue.object)) {
      return clause(text, word.start + 1, clauseEnd(ctx, word.start, limit));
    }
    pos = word.end;
  }
  return undefined;
}

/** «“…”، قال ألتمان»: the quote that closes just before the cue (only spaces, commas or dashes between). */
function quoteJustBefore(ctx: Context, cue: Found, sentence: TextSpan): AttributionContent | undefined {
  const { text } = ctx;
  let i = cue.span.start - 1;
  while (i >= sentence.start && /[\s،,\-–—]/u.test(text[i]!)) i--;
  const quote = ctx.quoteByClose.get(i);
  return quote === undefined ? undefined : slice(text, quote.content, true);
}

/** «…، كما أكد ألتمان»: the clause before the cue. */
function backwardContent(ctx: Context, cue: Found, sentence: TextSpan): AttributionContent | undefined {
  const { text, words } = ctx;
  let at = cue.span.start;
  const prev = words[cue.first - 1];
  if (prev !== undefined && lexicon().AS_WELL.has(prev.key) && prev.start >= sentence.start) at = prev.start;
  let i = at - 1;
  while (i >= sentence.start && /[\s،,\-–—]/u.test(text[i]!)) i--;
  if (i < sentence.start || (text[i + 1] !== "،" && text[i + 1] !== "," && !text.slice(i + 1, at).includes("،") && !text.slice(i + 1, at).includes(","))) return undefined;
  // The clause must reach the sentence end after the cue (the cue closes the sentence).
  return clause(text, sentence.start, i + 1);
}

/** Content of «وفقًا لـ…»/«بحسب…»: the main clause after the source, or the clause before the cue. */
function accordingContent(ctx: Context, cue: Found, sourceEnd: number, limit: number, sentence: TextSpan, next: Found | undefined): AttributionContent | undefined {
  const { text, words } = ctx;
  const before = words[cue.first - 1];
  const atSentenceStart = before === undefined || before.end <= sentence.start || (before.start >= sentence.start && onlyConnectorsBefore(ctx, cue.first, sentence.start));
  let from = sourceEnd;
  // «وفقًا لمصادر مطلعة نقلتها وكالة بلومبرغ، تركز …»: skip the relative clause relaying the source.
  if (next !== undefined && next.kind === "verb" && onlySpaces(text, sourceEnd, next.span.start)) {
    const comma = clauseEnd(ctx, next.span.end, limit);
    if (comma < limit) from = comma;
  }
  const commaAfter = /^\s*[،,]/u.test(text.slice(from, from + 8));
  const afterStart = skipSpacesAndCommas(text, from);
  const hasAfter = afterStart < limit && /[\p{L}\p{N}]/u.test(text.slice(afterStart, Math.min(limit, afterStart + 40)));
  // At the sentence start the cue frames the clause after it; in mid-sentence it frames the
  // clause before it, unless a comma and a «ف» clause follow its source («…، وفقًا لمقابلات …، فإن …»).
  const resumes = commaAfter && text[afterStart] === "ف";
  if (hasAfter && (atSentenceStart || resumes)) return clause(text, afterStart, limit);
  if (atSentenceStart) return undefined;
  let end = cue.span.start;
  if (before !== undefined && lexicon().AS_WELL.has(before.key)) end = before.start;
  return clause(text, sentence.start, end);
}

/** True when every word of the sentence before `word` is a connector or preposition («وفي بيان»…). */
function onlyConnectorsBefore(ctx: Context, word: number, sentenceStart: number): boolean {
  for (let w = word - 1; w >= 0 && ctx.words[w]!.start >= sentenceStart; w--) {
    const key = ctx.words[w]!.key;
    if (!lexicon().CLAUSE_CONNECTORS.has(key) && !lexicon().SOURCE_STOPS.has(key)) return false;
  }
  return true;
}

/**
 * Where content must stop before the next cue of the sentence: the comma that opens the next
 * cue's clause, else the next cue itself. A verb right after the source («وفقًا لمصادر نقلتها
 * وكالة …») relays it and does not end the content.
 */
function clauseEndBefore(ctx: Context, next: Found, sentence: TextSpan, from: number): number {
  const { text } = ctx;
  if (next.kind === "verb" && onlySpaces(text, from, next.span.start)) return sentence.end;
  for (let i = next.span.start - 1; i >= from && i >= sentence.start; i--) {
    const c = text[i];
    if (c === "،" || c === ",") return i;
  }
  return Math.max(from, next.span.start);
}

/** The first comma in [from, limit), else `limit`. */
function clauseEnd(ctx: Context, from: number, limit: number): number {
  const { commas } = ctx;
  let lo = 0;
  let hi = commas.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (commas[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < commas.length && commas[lo]! < limit ? commas[lo]! : limit;
}

function commaPositions(text: string): Int32Array {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x060c || c === 0x2c) positions.push(i); // ، ,
  }
  return Int32Array.from(positions);
}

/** Content from `start` to `end`, trimmed of spaces and of the punctuation that closes it. */
function clause(text: string, start: number, end: number): AttributionContent | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s،,:]/u.test(text[s]!)) s++;
  while (e > s && /[\s.،,:;!؟?]/u.test(text[e - 1]!)) e--;
  if (s >= e) return undefined;
  return { start: s, end: e, text: text.slice(s, e), direct: false };
}

function slice(text: string, span: TextSpan, direct: boolean): AttributionContent {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), direct };
}

/**
 * The first quotation opening at or after `from` that can be a quote: marks glued to a word
 * before them («لـ«الشرق الأوسط»») enclose a name, not quoted speech.
 */
function firstQuoteFrom(text: string, quotes: readonly QuotePair[], from: number): QuotePair | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open < from) lo = mid + 1;
    else hi = mid;
  }
  for (let q = lo; q < quotes.length && q < lo + 4; q++) {
    const quote = quotes[q]!;
    if (quote.open === 0 || !/[\p{L}\p{M}]/u.test(text[quote.open - 1]!)) return quote;
  }
  return undefined;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== " " && c !== "\t" && c !== "\u00a0" && c !== "\u0640" && c !== "\u200f" && c !== "\u200e") return false;
  }
  return true;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i++;
  return i;
}

function skipSpacesAndCommas(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s،,]/u.test(text[i]!)) i++;
  return i;
}

function lineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n" || c === "\r") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}
