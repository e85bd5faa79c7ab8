import cues from "./data/attribution-cues.json";
import words from "./data/attribution-words.json";
import { foldPhrase } from "./text-scan.js";

/** The cue lexicon and word lists of extractAttributions, folded for lookup (text-scan.ts foldKey). */

export interface VerbCue {
  lemma: string;
  /** A preposition whose object is the content («أعلن عن …»). */
  object?: string;
}

export interface PhraseCue {
  lemma: string;
  /** Folded words of the cue, in order. */
  words: string[];
  /** A preposition glued to the next word («وفقًا لمصادر» → "ل"). */
  clitic?: string;
}

const fold = (list: readonly string[]): Set<string> => new Set(list.map(foldPhrase));

export const VERB_CUES: ReadonlyMap<string, VerbCue> = (() => {
  const map = new Map<string, VerbCue>();
  for (const v of cues.verbs as Array<{ lemma: string; forms: string[]; object?: string }>) {
    const cue: VerbCue = v.object === undefined ? { lemma: v.lemma } : { lemma: v.lemma, object: foldPhrase(v.object) };
    for (const form of v.forms) map.set(foldPhrase(form), cue);
  }
  return map;
})();

function phraseCues(list: ReadonlyArray<{ lemma: string; words: string[]; clitic?: string }>): PhraseCue[] {
  return list
    .map((c) => {
      const cue: PhraseCue = { lemma: c.lemma, words: c.words.map(foldPhrase) };
      if (c.clitic !== undefined) cue.clitic = foldPhrase(c.clitic);
      return cue;
    })
    .sort((a, b) => b.words.length - a.words.length);
}

export const ACCORDING_CUES: readonly PhraseCue[] = phraseCues(cues.according);
export const CREDIT_CUES: readonly PhraseCue[] = phraseCues(cues.credit);

export const COMPLEMENTIZERS = fold(words.complementizers);
export const SOURCE_STOPS = fold(words.sourceStops);
export const ANONYMOUS_HEADS = fold(words.anonymousHeads);
export const QUANTIFIERS = fold(words.quantifiers);
export const KNOWLEDGEABLE = fold(words.knowledgeable);
export const KNOWLEDGE_IDIOMS = fold(words.knowledgeIdioms);
export const REPORTEDLY = fold(words.reportedly);
export const CLAUSE_CONNECTORS = fold(words.clauseConnectors);
export const AS_WELL = fold(words.asWell);
