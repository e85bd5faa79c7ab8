import type { Candidate } from "./candidate.js";
import { guessContextualNames } from "./guess/contextualNames.js";
import { guessDesignatedNames } from "./guess/designatedNames.js";
import { guessFramedSubjects } from "./guess/framedSubjects.js";
import { guessGivenNames } from "./guess/givenNames.js";
import { guessInstitutions } from "./guess/institutions.js";
import { guessLatinRuns } from "./guess/latinRuns.js";
import { guessLinkedSpellings } from "./guess/linkedSpellings.js";
import { guessMentions } from "./guess/mentions.js";
import { guessNamesBeforeTitles } from "./guess/namesBeforeTitles.js";
import { guessQuotedOrganisations } from "./guess/quotedOrganisations.js";
import { type GuessContext, GuessScope } from "./guess/scope.js";
import { startWordsOf } from "./guess/startWords.js";
import { guessTriggeredNames } from "./guess/triggeredNames.js";

export type { GuessContext } from "./guess/scope.js";

/**
 * Names no gazetteer lists: Latin runs inside Arabic text, Arabic names announced by a
 * trigger word or starting with a given name, surnames of people already found, and
 * Arabic spellings whose romanization key matches a known name.
 *
 * The stages run in this order, each on the words the earlier ones left free (guess/*.ts);
 * each is a function of its own, which the optimizing compiler handles as a unit.
 */
export function guessNames(ctx: GuessContext): Candidate[] {
  const s = new GuessScope(ctx);
  guessContextualNames(s);
  guessLatinRuns(s);
  const starts = startWordsOf(s);
  guessTriggeredNames(s, starts.triggers);
  guessInstitutions(s, starts.institutions);
  guessGivenNames(s, starts.givenNames);
  guessNamesBeforeTitles(s, starts.titles);
  guessDesignatedNames(s, starts.designators);
  guessFramedSubjects(s);
  guessMentions(s);
  guessQuotedOrganisations(s, starts.quoteStarts);
  if (s.linked.size > 0) guessLinkedSpellings(s);
  return s.out;
}
