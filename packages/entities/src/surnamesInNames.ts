import { CONFIDENCE, type Candidate } from "./candidate.js";

/**
 * A listed person's family name alone («الناصر» of Amin Nasser) right after a name found from
 * its context («الشيخ نواف سعود» …) is that name's next word, not the listed person: «نواف
 * سعود الناصر» is one man. The name takes the word and no id.
 */
export function withSurnamesInNames(accepted: Candidate[], source: string): Candidate[] {
  for (let i = 1; i < accepted.length; i++) {
    const surname = accepted[i]!;
    const name = accepted[i - 1]!;
    if (surname.type !== "PERSON" || surname.confidence !== CONFIDENCE.surname || surname.prefix !== undefined) continue;
    if (name.type !== "PERSON" || name.entry !== undefined || surname.start - name.end !== 1 || source.charCodeAt(name.end) !== 0x20) continue;
    accepted[i - 1] = { ...name, end: surname.end };
    accepted.splice(i--, 1);
  }
  return accepted;
}
