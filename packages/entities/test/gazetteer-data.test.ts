// Validates the built-in gazetteer data files (packages/entities/data). The rules
// checked here are the curation rules in data/gazetteer/README.md; a failing case
// names the entry and the rule so a curator can fix the data, not the test.
import { normalize } from "@qalam/normalize";
import { describe, expect, it } from "vitest";
import companies from "../data/gazetteer/companies.json";
import products from "../data/gazetteer/products.json";
import people from "../data/gazetteer/people.json";
import media from "../data/gazetteer/media.json";
import places from "../data/gazetteer/places.json";
import givenNames from "../data/given-names.json";
import { countryEntries } from "../src/data/countries.generated.js";

interface Names {
  en?: string[];
  ar?: string[];
}
interface GazetteerEntry {
  id: string;
  type: string;
  canonical: string;
  names: Names;
  contextual?: Names;
  country?: string;
  kind?: string;
  parent?: string;
  role?: string;
}
interface GazetteerFile {
  entries: GazetteerEntry[];
}

const FILES: Record<string, { data: GazetteerFile; minimum: number; types: string[] }> = {
  "companies.json": { data: companies, minimum: 170, types: ["ORG"] },
  "products.json": { data: products, minimum: 70, types: ["PRODUCT"] },
  "people.json": { data: people, minimum: 90, types: ["PERSON"] },
  "media.json": { data: media, minimum: 40, types: ["ORG"] },
  "places.json": { data: places, minimum: 50, types: ["LOCATION"] },
};
const TOTAL_MINIMUM = 420;
const ALL_FILES_PRESENT = Object.keys(FILES).length === 5;

const ALLOWED_TYPES = new Set(["ORG", "PRODUCT", "PERSON", "LOCATION"]);
const ALLOWED_KEYS = new Set(["id", "type", "canonical", "names", "contextual", "country", "kind", "parent", "role"]);
const ID_FORMAT = /^(org|product|person|location):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_LETTER = /[A-Z]/i;

/**
 * The folding the matcher applies before comparing: the `search` preset of
 * @qalam/normalize (diacritics, tatweel, alef-hamza forms, ؤ/ئ, ى/ي, ة/ه, Persian
 * letters, digits) and runs of spaces. Two spellings equal under this key are one
 * spelling for the matcher, so listing both is noise.
 */
function arabicKey(name: string): string {
  return normalize(name, "search").replace(/\s+/g, " ").trim();
}

/** Latin names match case- and space-insensitively («Open AI» = «OpenAI»). */
function latinKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, "");
}

function keyOf(script: "en" | "ar", name: string): string {
  return script === "ar" ? arabicKey(name) : latinKey(name);
}

const entries: { file: string; entry: GazetteerEntry }[] = Object.entries(FILES).flatMap(([file, { data }]) =>
  data.entries.map((entry) => ({ file, entry })),
);
const ids = new Set(entries.map(({ entry }) => entry.id));

/**
 * Region codes Intl.DisplayNames knows that are not countries: the EU, the euro area
 * and the UN are organizations (they live in companies.json), the rest are
 * user-assigned codes.
 */
function isCountryCode(code: string): boolean {
  if (code === "EU" || code === "EZ" || code === "UN" || code === "AA" || code === "ZZ") return false;
  if (code[0] === "X" || (code[0] === "Q" && code >= "QM")) return false;
  return true;
}

/** Country names in both languages, as the tagger generates them from Intl.DisplayNames. */
function countryNameKeys(): Set<string> {
  const keys = new Set<string>();
  const ar = new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  const en = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isCountryCode(code)) continue;
      const arName = ar.of(code);
      const enName = en.of(code);
      if (arName !== undefined && arName !== code) keys.add(`ar:${arabicKey(arName)}`);
      if (enName !== undefined && enName !== code) keys.add(`en:${latinKey(enName)}`);
    }
  }
  return keys;
}

function isRegionCode(code: string): boolean {
  const en = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  return /^[A-Z]{2}$/.test(code) && isCountryCode(code) && en.of(code) !== undefined && en.of(code) !== code;
}

function listsOf(entry: GazetteerEntry): { field: "names" | "contextual"; script: "en" | "ar"; list: string[] }[] {
  const out: { field: "names" | "contextual"; script: "en" | "ar"; list: string[] }[] = [];
  for (const field of ["names", "contextual"] as const) {
    const names = entry[field];
    if (names === undefined) continue;
    for (const script of ["en", "ar"] as const) out.push({ field, script, list: names[script] ?? [] });
  }
  return out;
}

describe("gazetteer data files", () => {
  it.each(Object.entries(FILES))("%s has enough entries of its types", (_file, { data, minimum, types }) => {
    expect(Array.isArray(data.entries)).toBe(true);
    expect(data.entries.length).toBeGreaterThanOrEqual(minimum);
    for (const entry of data.entries) expect(types, entry.id).toContain(entry.type);
  });

  it.runIf(ALL_FILES_PRESENT)("has at least 420 curated entries in all", () => {
    expect(entries.length).toBeGreaterThanOrEqual(TOTAL_MINIMUM);
  });

  it("gives every entry a unique, well-formed id that matches its type", () => {
    const seen = new Map<string, string>();
    for (const { file, entry } of entries) {
      expect(entry.id, `${file}: ${entry.id}`).toMatch(ID_FORMAT);
      expect(entry.id.startsWith("location:country-"), `${entry.id}: country ids are generated`).toBe(false);
      expect(ALLOWED_TYPES.has(entry.type), `${entry.id}: type ${entry.type}`).toBe(true);
      expect(entry.id.slice(0, entry.id.indexOf(":")), `${entry.id}: id prefix vs type`).toBe(entry.type.toLowerCase());
      expect(seen.get(entry.id), `${entry.id} duplicated (also in ${seen.get(entry.id)})`).toBeUndefined();
      seen.set(entry.id, file);
    }
  });

  it("uses only documented fields with valid values", () => {
    for (const { entry } of entries) {
      for (const key of Object.keys(entry)) expect(ALLOWED_KEYS.has(key), `${entry.id}: unknown field ${key}`).toBe(true);
      expect(typeof entry.canonical === "string" && entry.canonical.trim() === entry.canonical && entry.canonical !== "", `${entry.id}: canonical`).toBe(true);
      if (entry.country !== undefined) expect(isRegionCode(entry.country), `${entry.id}: country ${entry.country}`).toBe(true);
      if (entry.parent !== undefined) {
        expect(entry.parent.startsWith("org:"), `${entry.id}: parent ${entry.parent} is not an org`).toBe(true);
        expect(ids.has(entry.parent), `${entry.id}: parent ${entry.parent} not found`).toBe(true);
        expect(entry.parent, `${entry.id}: parent is itself`).not.toBe(entry.id);
      }
      for (const field of ["kind", "role"] as const) {
        const value = entry[field];
        if (value !== undefined) expect(typeof value === "string" && value.trim() !== "", `${entry.id}: ${field}`).toBe(true);
      }
    }
  });

  it("gives every entry at least one name, each non-empty, trimmed and in the right script", () => {
    for (const { entry } of entries) {
      const all = [...(entry.names.en ?? []), ...(entry.names.ar ?? [])];
      expect(all.length, `${entry.id}: no names`).toBeGreaterThan(0);
      for (const { field, script, list } of listsOf(entry)) {
        expect(Array.isArray(list), `${entry.id}: ${field}.${script}`).toBe(true);
        for (const name of list) {
          const where = `${entry.id}: ${field}.${script} «${name}»`;
          expect(typeof name === "string" && name !== "" && name.trim() === name, `${where} empty or untrimmed`).toBe(true);
          expect(/\s{2}/.test(name), `${where} has a double space`).toBe(false);
          if (script === "ar") {
            expect(ARABIC_LETTER.test(name) && !LATIN_LETTER.test(name), `${where} is not Arabic script`).toBe(true);
          } else {
            expect(ARABIC_LETTER.test(name), `${where} has Arabic letters`).toBe(false);
          }
        }
      }
    }
  });

  it("lists no spelling twice within an entry (after the matcher's folding)", () => {
    for (const { entry } of entries) {
      const seen = new Set<string>();
      for (const { field, script, list } of listsOf(entry)) {
        for (const name of list) {
          const key = `${script}:${keyOf(script, name)}`;
          expect(seen.has(key), `${entry.id}: ${field}.${script} «${name}» repeats a spelling`).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it("gives no name to two entries (ambiguous names go to `contextual`)", () => {
    const owner = new Map<string, string>();
    for (const { entry } of entries) {
      for (const script of ["en", "ar"] as const) {
        for (const name of entry.names[script] ?? []) {
          const key = `${script}:${keyOf(script, name)}`;
          const other = owner.get(key);
          expect(other === undefined || other === entry.id, `«${name}» is in ${entry.id} and ${other}`).toBe(true);
          owner.set(key, entry.id);
        }
      }
    }
  });

  it("does not repeat a country name (countries are generated from Intl.DisplayNames)", () => {
    const countries = countryNameKeys();
    for (const country of countryEntries) {
      for (const [script, list] of Object.entries(country.names)) {
        const tag = script === "ar" ? "ar" : "en";
        for (const name of list) countries.add(`${tag}:${keyOf(tag, name)}`);
      }
    }
    expect(countries.has(`ar:${arabicKey("مصر")}`)).toBe(true);
    for (const { entry } of entries) {
      for (const script of ["en", "ar"] as const) {
        for (const name of entry.names[script] ?? []) {
          expect(countries.has(`${script}:${keyOf(script, name)}`), `${entry.id}: «${name}» is a country name`).toBe(false);
        }
      }
    }
  });
});

describe("given-names.json", () => {
  const lists = givenNames as Record<string, string[]>;
  const minimums: Record<string, number> = { ar: 300, en: 200, "ar-translit": 100 };

  it.each(Object.entries(minimums))("%s has at least %i unique, trimmed names in its script", (list, minimum) => {
    const names = lists[list] ?? [];
    expect(names.length).toBeGreaterThanOrEqual(minimum);
    const script = list === "en" ? "en" : "ar";
    const seen = new Set<string>();
    for (const name of names) {
      expect(typeof name === "string" && name !== "" && name.trim() === name, `${list}: «${name}»`).toBe(true);
      if (script === "ar") expect(ARABIC_LETTER.test(name) && !LATIN_LETTER.test(name), `${list}: «${name}» script`).toBe(true);
      else expect(/^[A-Z][A-Z' -]*$/i.test(name), `${list}: «${name}» script`).toBe(true);
      const key = keyOf(script, name);
      expect(seen.has(key), `${list}: «${name}» listed twice`).toBe(false);
      seen.add(key);
    }
  });

  it("keeps native Arabic names and transliterated foreign names apart", () => {
    const native = new Set((lists.ar ?? []).map(arabicKey));
    for (const name of lists["ar-translit"] ?? []) expect(native.has(arabicKey(name)), `«${name}» in both ar and ar-translit`).toBe(false);
  });

  it("marks as ambiguous every name that folds to a common Arabic function word", () => {
    // «علي» folds to «على», «منى» to «مني», «آلان» to «الآن»: such a name must never start a
    // PERSON on its own, so it has to be in ar-ambiguous (or not listed at all).
    const functionWords = ["الآن", "على", "إلى", "من", "في", "عن", "مع", "ما", "لا", "لم", "لن", "قد", "كان", "هذا", "هذه", "ذلك", "التي", "الذي", "بين", "بعد", "قبل", "حتى", "أن", "إن", "أو", "ثم", "كل", "بل", "لي", "له", "لها", "مني", "منه", "عند", "هو", "هي"];
    const stop = new Set(functionWords.map(arabicKey));
    const ambiguous = new Set((lists["ar-ambiguous"] ?? []).map(arabicKey));
    for (const name of [...(lists.ar ?? []), ...(lists["ar-translit"] ?? [])]) {
      const key = arabicKey(name);
      if (stop.has(key)) expect(ambiguous.has(key), `«${name}» folds to a function word`).toBe(true);
    }
  });

  it("marks as ambiguous only names it lists", () => {
    const all = new Set([...(lists.ar ?? []), ...(lists["ar-translit"] ?? [])].map(arabicKey));
    for (const name of lists["ar-ambiguous"] ?? []) expect(all.has(arabicKey(name)), `ar-ambiguous «${name}» not listed`).toBe(true);
    expect(Object.keys(lists).sort()).toEqual(["ar", "ar-ambiguous", "ar-translit", "en"]);
  });
});
