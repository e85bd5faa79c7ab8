import type { EntityType } from "./types.js";

/** Entity types a gazetteer entry may have (values are found by rules, not listed). */
export type EntryType = Extract<EntityType, "ORG" | "PRODUCT" | "PERSON" | "LOCATION">;

/**
 * One gazetteer entry, the documented JSON format of `data/gazetteer/*.json`:
 *
 * ```json
 * { "id": "org:microsoft", "type": "ORG", "canonical": "Microsoft",
 *   "names": { "en": ["Microsoft", "Microsoft Corp"], "ar": ["مايكروسوفت", "ميكروسوفت"] },
 *   "country": "US" }
 * ```
 *
 * `id` is `<type lowercase>:<slug>` and unique; `names` maps a language tag to its
 * spellings (any script may appear under any tag; matching does not depend on the tag).
 * Any other field (`country`, `kind`, `parent`, …) is kept and returned by
 * `tagger.entry(id)`.
 */
export interface EntityEntry {
  id: string;
  type: EntryType;
  /** The English name reported as `canonical`. */
  canonical: string;
  names: Record<string, readonly string[]>;
  [extra: string]: unknown;
}

const ENTRY_TYPES: ReadonlySet<string> = new Set(["ORG", "PRODUCT", "PERSON", "LOCATION"]);

function describe(entry: unknown, index: number, source: string): string {
  const id = entry !== null && typeof entry === "object" ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? `${source} entry ${index} ("${id}")` : `${source} entry ${index}`;
}

/**
 * Checks a list of entries and throws a `TypeError` naming the first bad entry: a missing
 * or empty id, an unknown type, a missing canonical name, no name at all, an empty or
 * non-string alias. Duplicate ids are checked by the caller across all lists.
 */
export function validateEntries(entries: unknown, source: string): EntityEntry[] {
  if (!Array.isArray(entries)) throw new TypeError(`${source} must be an array of entries`);
  entries.forEach((entry: unknown, index) => {
    const where = describe(entry, index, source);
    if (entry === null || typeof entry !== "object") throw new TypeError(`${where} is not an object`);
    const { id, type, canonical, names } = entry as Record<string, unknown>;
    if (typeof id !== "string" || id.trim() === "") throw new TypeError(`${where} has no id`);
    if (typeof type !== "string" || !ENTRY_TYPES.has(type)) {
      throw new TypeError(`${where} has type ${JSON.stringify(type)}; expected ORG, PRODUCT, PERSON or LOCATION`);
    }
    if (typeof canonical !== "string" || canonical.trim() === "") throw new TypeError(`${where} has no canonical name`);
    if (names === null || typeof names !== "object" || Array.isArray(names)) throw new TypeError(`${where} has no names`);
    let count = 0;
    for (const [lang, list] of Object.entries(names)) {
      if (!Array.isArray(list)) throw new TypeError(`${where} names.${lang} is not an array`);
      for (const alias of list as unknown[]) {
        if (typeof alias !== "string" || alias.trim() === "") {
          throw new TypeError(`${where} has an empty alias in names.${lang}`);
        }
        count++;
      }
    }
    if (count === 0) throw new TypeError(`${where} has no name`);
  });
  return entries as EntityEntry[];
}
