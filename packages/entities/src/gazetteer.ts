import { normalize } from "@qalam/normalize";
import { GROUP_ARABIC, GROUP_LATIN, groupOf, nameKey } from "./chars.js";
import { CountryAdjectives } from "./countryAdjectives.js";
import type { EntityEntry, EntryType } from "./entry.js";
import { validateEntries } from "./entry.js";
import { RomanizationIndex, romanizationKey } from "./romanize.js";
import { marksByLetter } from "./vowelMarks.js";
import { KeyTrie } from "./trie.js";
import variants from "../data/name-variants.json";

const ORG_SUFFIXES: ReadonlySet<string> = new Set(variants.orgSuffixes.map((word) => word.toLowerCase()));

/** What a matched key links to. */
export interface AliasTarget {
  entry: number;
  /** Short or all-caps Latin names match only case-exactly: the letters as written ("AMD", "US"). */
  exact: string | null;
  /** A surname derived from a PERSON entry's full name («ناديلا» from «ساتيا ناديلا»). */
  derived: boolean;
}

/** Key characters a Latin name must have to match case-insensitively ("Meta" yes, "US" no). */
const CASE_FREE_MIN = 4;
/** First words of compound names whose second word names no one alone («عبد العزيز», «أبو ظبي»). */
const COMPOUND_NAME_STARTS: ReadonlySet<string> = new Set(["عبد", "أبو", "ابو"]);

/** Surnames derived from full names need this many key characters to stand alone. */
const SURNAME_MIN = { latin: 4, arabic: 5 } as const;

/** Folded key of a name, as the text side computes it: search-normalize, then fold. */
export function matchKey(name: string): string {
  return nameKey(normalize(name, "search"));
}

function scriptOf(key: string): number {
  let group = 0;
  for (let i = 0; i < key.length; i++) {
    const g = groupOf(key.charCodeAt(i));
    if (g === GROUP_ARABIC) return GROUP_ARABIC;
    if (g === GROUP_LATIN) group = GROUP_LATIN;
  }
  return group;
}

function exactFormOf(alias: string, key: string): string | null {
  if (scriptOf(key) !== GROUP_LATIN) return null;
  const letters = alias.replace(/[^\p{L}\p{N}]/gu, "");
  const allCaps = letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
  if (key.length < CASE_FREE_MIN || (allCaps && key.length <= 4)) return letters;
  return null;
}

function contextualOf(entry: EntityEntry): Set<string> {
  const keys = new Set<string>();
  const lists = entry.contextual;
  if (lists === null || typeof lists !== "object") return keys;
  for (const list of Object.values(lists as Record<string, unknown>)) {
    if (Array.isArray(list)) for (const alias of list) if (typeof alias === "string") keys.add(matchKey(alias));
  }
  return keys;
}

/** What most passes read of an entry (see Gazetteer.records). */
export interface EntryRecord {
  readonly id: string;
  readonly type: EntryType;
  readonly canonical: string;
}

export interface GazetteerOptions {
  builtins: readonly EntityEntry[];
  user: readonly EntityEntry[];
  replaceBuiltins: boolean;
  /** Folded keys that never become a derived surname (given names, common words). */
  notSurnames: ReadonlySet<string>;
}

/** The compiled gazetteer: entries, a trie of their folded names, and a romanization index. */
export class Gazetteer {
  readonly entries: EntityEntry[] = [];
  /**
   * The entries' id, type and canonical name, as objects of one shape: the entries come from
   * JSON in many shapes (optional and extra fields), and the passes that read an entry's type
   * for every name they find read it here at the speed of one shape.
   */
  readonly records: EntryRecord[] = [];
  readonly byId = new Map<string, number>();
  readonly keys: string[] = [];
  readonly targets: AliasTarget[][] = [];
  readonly trie: KeyTrie;
  readonly romanization = new RomanizationIndex();
  /** Folded surname → the one PERSON entry whose full name ends with it (ambiguous ones left out). */
  readonly surnameOwner = new Map<string, number>();
  /**
   * Names that are also common words (`contextual` in the data): matched only after a
   * trigger word («شركة كريم» → Careem), then everywhere else in the same text.
   */
  readonly contextualKeys: string[] = [];
  readonly contextualEntry: number[] = [];
  /** Per entry, the folded first words of its contextual names in Arabic letters («كريم» of Careem). */
  readonly arabicContextualFirstWords = new Map<number, string[]>();
  /**
   * The vowel marks a contextual name is written with in the data («عمّان»), by letter, or
   * null: a text that writes the same marks names that entry without a trigger.
   */
  readonly contextualMarks: (string[] | null)[] = [];
  readonly contextualTrie: KeyTrie;
  /**
   * Contextual names two entries or more share («العاصمة»: Kuwait's and Bahrain's capital
   * governorates), folded, with their entries: no trie matches them, but a list of places of
   * one country says which is meant (listedContextualNames.ts).
   */
  readonly sharedContextual = new Map<string, readonly number[]>();
  /** Romanization keys of each entry's names. */
  readonly romanKeys: string[][] = [];
  /** Adjectives of origin of the listed countries («العماني»). */
  readonly countryAdjectives: CountryAdjectives;
  /** Folded contextual name → the one city entry that has it («تونس» → Tunis), built when first asked. */
  private cityByContextualName: Map<string, number> | undefined;
  /** Per entry, `lastWordKeysOf`'s answer once asked. */
  private readonly lastWordKeys: Array<readonly string[] | undefined> = [];

  constructor(options: GazetteerOptions) {
    const user = validateEntries(options.user, "entities");
    const seenUser = new Set<string>();
    user.forEach((entry, index) => {
      if (seenUser.has(entry.id)) throw new Error(`entities entry ${index} ("${entry.id}") repeats an id used earlier`);
      seenUser.add(entry.id);
    });
    // A user entry with a built-in id replaces that built-in; user entries come first so
    // they win a name they share with a built-in.
    const all = [...user, ...(options.replaceBuiltins ? [] : options.builtins.filter((entry) => !seenUser.has(entry.id)))];

    const keyIndex = new Map<string, number>();
    const addKey = (key: string, target: AliasTarget): void => {
      let index = keyIndex.get(key);
      if (index === undefined) {
        index = this.keys.length;
        keyIndex.set(key, index);
        this.keys.push(key);
        this.targets.push([]);
      }
      const list = this.targets[index]!;
      if (!list.some((t) => t.entry === target.entry && t.exact === target.exact)) list.push(target);
    };

    const surnames = new Map<string, { entry: number; form: string; script: number } | null>();
    for (const entry of all) {
      if (this.byId.has(entry.id)) {
        throw new Error(`gazetteer entry "${entry.id}" (${entry.canonical}) repeats an id used earlier`);
      }
      const index = this.entries.length;
      this.entries.push(entry);
      this.records.push({ id: entry.id, type: entry.type, canonical: entry.canonical });
      this.byId.set(entry.id, index);
      const romanKeys = new Set<string>();
      for (const list of Object.values(entry.names)) {
        for (const alias of list) {
          const key = matchKey(alias);
          if (key === "") continue; // a name of symbols only cannot be matched
          addKey(key, { entry: index, exact: exactFormOf(alias, key), derived: false });
          // Romanization keys link Arabic spellings to LATIN names only: comparing two
          // Arabic spellings by consonants would link common words to Arabic names.
          if (scriptOf(key) === GROUP_LATIN) romanKeys.add(romanizationKey(alias));
          if (entry.type === "PERSON") {
            const words = alias.trim().split(/\s+/u);
            const last = words[words.length - 1]!;
            // A surname is a word of letters («ألتمان»), never a number or an initial, nor the
            // second half of a compound name («العزيز» of «سلمان بن عبد العزيز»).
            if (words.length >= 2 && /\p{L}{2}/u.test(last) && !COMPOUND_NAME_STARTS.has(words[words.length - 2]!)) {
              const surnameKey = matchKey(last);
              const script = scriptOf(surnameKey);
              const seen = surnames.get(surnameKey);
              if (seen === undefined) surnames.set(surnameKey, { entry: index, form: last, script });
              else if (seen !== null && seen.entry !== index) surnames.set(surnameKey, null); // two people share it
            }
          }
        }
      }
      this.romanKeys.push([...romanKeys]);
      for (const key of romanKeys) this.romanization.add(key, index);
    }

    // «Inflection AI» is also written «Inflection»: drop a generic corporate last word.
    for (const [index, entry] of this.entries.entries()) {
      if (entry.type !== "ORG") continue;
      for (const list of Object.values(entry.names)) {
        for (const alias of list) {
          const words = alias.trim().split(/\s+/u);
          if (words.length < 2 || !ORG_SUFFIXES.has(words[words.length - 1]!.toLowerCase())) continue;
          const short = words.slice(0, -1).join(" ");
          const key = matchKey(short);
          if (key.length < 4 || scriptOf(key) !== GROUP_LATIN || keyIndex.has(key) || options.notSurnames.has(key)) continue;
          if (contextualOf(entry).has(key)) continue; // curators marked the short form ambiguous («Inflection»)
          addKey(key, { entry: index, exact: exactFormOf(short, key), derived: true });
        }
      }
    }

    for (const [key, surname] of surnames) if (surname !== null) this.surnameOwner.set(key, surname.entry);
    for (const [key, surname] of surnames) {
      if (surname === null || keyIndex.has(key) || options.notSurnames.has(key)) continue;
      const min = surname.script === GROUP_ARABIC ? SURNAME_MIN.arabic : SURNAME_MIN.latin;
      if (key.length < min) continue;
      // A Latin surname alone must be capitalized as written ("Altman", not "altman").
      const exact = surname.script === GROUP_LATIN ? surname.form.replace(/[^\p{L}\p{N}]/gu, "") : null;
      addKey(key, { entry: surname.entry, exact, derived: true });
    }
    this.trie = new KeyTrie(this.keys);

    const contextual = new Map<string, number | null>();
    const owners = new Map<string, number[]>();
    const contextualMarks = new Map<string, string[]>();
    const contextualFirstWords = new Map<string, string>();
    this.entries.forEach((entry, index) => {
      const lists = entry.contextual;
      if (lists === null || typeof lists !== "object") return;
      for (const list of Object.values(lists as Record<string, unknown>)) {
        if (!Array.isArray(list)) continue;
        for (const alias of list) {
          if (typeof alias !== "string") continue;
          const key = matchKey(alias);
          if (key === "") continue;
          const seen = contextual.get(key);
          contextual.set(key, seen === undefined || seen === index ? index : null); // two owners: ambiguous
          const list = owners.get(key);
          if (list === undefined) owners.set(key, [index]);
          else if (!list.includes(index)) list.push(index);
          const marks = marksByLetter(alias);
          if (marks !== null && !contextualMarks.has(key)) contextualMarks.set(key, marks);
          if (!contextualFirstWords.has(key)) contextualFirstWords.set(key, matchKey(alias.trim().split(/\s+/u)[0]!));
        }
      }
    });
    for (const [key, entry] of contextual) {
      if (entry === null) {
        this.sharedContextual.set(key, owners.get(key)!);
        continue;
      }
      this.contextualKeys.push(key);
      this.contextualEntry.push(entry);
      this.contextualMarks.push(contextualMarks.get(key) ?? null);
      if (scriptOf(key) === GROUP_ARABIC) {
        const words = this.arabicContextualFirstWords.get(entry) ?? [];
        words.push(contextualFirstWords.get(key)!);
        this.arabicContextualFirstWords.set(entry, words);
      }
    }
    this.contextualTrie = new KeyTrie(this.contextualKeys);
    this.countryAdjectives = new CountryAdjectives(this.entries);
  }
  /** The city whose contextual names hold the folded name `key` (a capital named like its country), if one does. */
  capitalNamed(key: string): number | undefined {
    if (this.cityByContextualName === undefined) {
      this.cityByContextualName = new Map();
      this.contextualKeys.forEach((contextualKey, i) => {
        const entry = this.contextualEntry[i]!;
        if (this.entries[entry]!.kind === "city") this.cityByContextualName!.set(contextualKey, entry);
      });
    }
    return this.cityByContextualName.get(key);
  }


  /**
   * The folded last words of a PERSON entry's names of two or more words, in the order of
   * its names (none for other entries). Worked out on first use and kept: the guessing
   * stage asks for the people every text links, and each text is short.
   */
  lastWordKeysOf(entry: number): readonly string[] {
    let keys = this.lastWordKeys[entry];
    if (keys === undefined) {
      const found: string[] = [];
      const { type, names } = this.entries[entry]!;
      if (type === "PERSON") {
        for (const list of Object.values(names)) {
          for (const alias of list) {
            const parts = alias.trim().split(/\s+/u);
            if (parts.length >= 2) found.push(matchKey(parts[parts.length - 1]!));
          }
        }
      }
      keys = this.lastWordKeys[entry] = found;
    }
    return keys;
  }
}
