import particleData from "./data/name-particles.json";
import type { CslName } from "./csl-item.js";
import { foldKey } from "./extract/text-scan.js";
import { cleanText } from "./references/text-utils.js";

/**
 * The one name splitter of the package: `parseName` (public, references side) and
 * `extractMetadata` (bylines and string authors) both use it, so a name splits the same way
 * whether the user wrote it or it was read from an article.
 */

interface ParticleTables {
  binding: ReadonlySet<string>;
  compoundSeconds: ReadonlySet<string>;
}

let tables: ParticleTables | undefined;

// Folded on first use, not at import: folding runs @qalam/normalize over every entry, and a
// program that only formats structured names never needs it.
function particleTables(): ParticleTables {
  return (tables ??= {
    binding: new Set(particleData.bindingParticles.map(foldKey)),
    compoundSeconds: new Set(particleData.compoundSeconds.map(foldKey)),
  });
}

/**
 * Splits a personal name written as one string into CSL `given` and `family`. The family name is
 * the last word, extended to the left over particles that bind what follows (بن، ابن، أبو، آل،
 * عبد …, and bin, ibn, abu, al, el in Latin script) and over the first half of a compound
 * (نصر الله); at least one word stays in the given name. Particles are matched after folding
 * hamza, diacritics and case («ابو» = «أبو», "Bin" = "bin"). A one-word name becomes
 * `{ family }`, an empty one `{}`. Works for Latin names too ("Ada Lovelace").
 *
 * @param fullName - the name as written, e.g. «محمد بن سلمان».
 * @returns a CSL name: `{ given, family }`, `{ family }` or `{}`.
 * @throws TypeError when `fullName` is not a string.
 * @example parseName("محمد بن سلمان") // { given: "محمد", family: "بن سلمان" }
 */
export function parseName(fullName: string): CslName {
  if (typeof fullName !== "string") throw new TypeError("parseName: fullName must be a string");
  const words = cleanText(fullName).split(" ").filter(Boolean);
  if (words.length === 0) return {};
  if (words.length === 1) return { family: words[0] ?? "" };
  const { binding, compoundSeconds } = particleTables();
  const keys = words.map(foldKey);
  let start = words.length - 1;
  if (compoundSeconds.has(keys[start] ?? "") && start - 1 >= 1) start--;
  while (start - 1 >= 1 && binding.has(keys[start - 1] ?? "")) start--;
  return { given: words.slice(0, start).join(" "), family: words.slice(start).join(" ") };
}
