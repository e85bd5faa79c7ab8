import companies from "../data/gazetteer/companies.json";
import products from "../data/gazetteer/products.json";
import people from "../data/gazetteer/people.json";
import media from "../data/gazetteer/media.json";
import places from "../data/gazetteer/places.json";
import givenNames from "../data/given-names.json";
import { countryEntries } from "./data/countries.generated.js";
import type { EntityEntry } from "./entry.js";
import { validateEntries } from "./entry.js";
import type { GivenNames } from "./lexicon.js";

/**
 * The built-in gazetteer: the curated files of data/gazetteer/ (bundled into the package
 * at build time, never read from disk at run time) and the generated countries.
 */
export const builtinEntries: readonly EntityEntry[] = [
  ...validateEntries(companies.entries, "data/gazetteer/companies.json"),
  ...validateEntries(products.entries, "data/gazetteer/products.json"),
  ...validateEntries(people.entries, "data/gazetteer/people.json"),
  ...validateEntries(media.entries, "data/gazetteer/media.json"),
  ...validateEntries(places.entries, "data/gazetteer/places.json"),
  ...countryEntries,
];

/** Given names that start a PERSON name in context (data/given-names.json). */
export const builtinGivenNames: GivenNames = givenNames;
