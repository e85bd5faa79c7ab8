import cues from "./data/attribution-cues.json";
import words from "./data/attribution-words.json";
import { lazy } from "../lazy.js";
import { foldPhrase } from "./text-scan.js";

/** The cue lexicon and word lists of extractAttributions, folded for lookup (text-scan.ts foldKey). */

export interface VerbCue {
  lemma: string;
  /** A preposition whose object is the content («أعلن عن …»). */
  object?: string;
}

export interface PhraseCue {
  lemma: string;
  /** Rank in the list, longest cue first: where two cues match, the lower rank wins. */
  rank: number;
  /** Folded words of the cue, in order. */
  words: string[];
  /** A preposition glued to the next word («وفقًا لمصادر» → "ل"). */
  clitic?: string;
}

const fold = (list: readonly string[]): Set<string> => new Set(list.map(foldPhrase));

function verbCues(): ReadonlyMap<string, VerbCue> {
  const map = new Map<string, VerbCue>();
  for (const v of cues.verbs as Array<{ lemma: string; forms: string[]; object?: string }>) {
    const cue: VerbCue = v.object === undefined ? { lemma: v.lemma } : { lemma: v.lemma, object: foldPhrase(v.object) };
    for (const form of v.forms) map.set(foldPhrase(form), cue);
  }
  return map;
}

/** Phrase cues by their first folded word, each list longest cue first (a lookup per word, not a scan of all cues). */
function phraseCues(list: ReadonlyArray<{ lemma: string; words: string[]; clitic?: string }>): ReadonlyMap<string, PhraseCue[]> {
  const sorted = list
    .map((c) => {
      const cue: PhraseCue = { lemma: c.lemma, rank: 0, words: c.words.map(foldPhrase) };
      if (c.clitic !== undefined) cue.clitic = foldPhrase(c.clitic);
      return cue;
    })
    .sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, PhraseCue[]>();
  sorted.forEach((cue, rank) => {
    cue.rank = rank;
    const first = cue.words[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), cue]);
  });
  return byFirst;
}

/** The cue lexicon and word lists, folded on first use (see ../lazy.ts). */
export const lexicon = lazy(() => ({
  VERB_CUES: verbCues(),
  ACCORDING_CUES: phraseCues(cues.according),
  CREDIT_CUES: phraseCues(cues.credit),
  COMPLEMENTIZERS: fold(words.complementizers),
  SOURCE_STOPS: fold(words.sourceStops),
  ANONYMOUS_HEADS: fold(words.anonymousHeads),
  QUANTIFIERS: fold(words.quantifiers),
  KNOWLEDGEABLE: fold(words.knowledgeable),
  KNOWLEDGE_IDIOMS: fold(words.knowledgeIdioms),
  REPORTEDLY: fold(words.reportedly),
  CLAUSE_CONNECTORS: fold(words.clauseConnectors),
  AS_WELL: fold(words.asWell),
}));
