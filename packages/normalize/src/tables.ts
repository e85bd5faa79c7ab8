import { Char, CONTROL_RANGES, DIACRITIC_RANGES, FOLDS, SPACE_RANGES, type Ranges } from "./data/characters.js";
import type { ResolvedOptions } from "./options.js";
import { IS_MARK, NFC_INFO, PRESENTATION_FORMS as PRESENTATION_MAP, loadUnicode } from "./unicode.js";

/** What the character pass does with one UTF-16 unit that takes the slow path. */
export const enum Kind {
  Copy = 0,
  /**
   * Replace by the string `replacements[replacementIndex[unit]]`: an expansion, or a single
   * unit that must take the slow path (see `buildTables`).
   */
  Replace = 1,
  /** Delete; recorded as its own change. */
  Delete = 2,
  /** Delete a mark or tatweel; recorded together with the character it follows. */
  Attach = 3,
  /** CR: becomes LF, and CRLF becomes LF. */
  CarriageReturn = 5,
  /** A surrogate: copied, but the output must then be decoded surrogate-safe. */
  Surrogate = 6,
  /**
   * ZWJ or ZWNJ to remove: removed only next to an Arabic-script character, because outside
   * Arabic they carry meaning (emoji sequences 👨‍👩‍👧, Indic conjuncts).
   */
  Joiner = 7,
}

/** Values in `direct` (a constant the build inlines). */
export const enum Direct {
  /** This unit needs the slow path (look at `kind`). */
  SPECIAL = 0xffff,
}

/** Lookup tables for the character pass, built once per distinct option set. */
export interface CharacterTables {
  /**
   * The fast path, one lookup per unit: the unit's single-unit result (itself when copied),
   * or SPECIAL when `kind` must decide (deletions, expansions, CR, joiners, surrogates, and
   * with `nfc` every unit the NFC check must see). U+FFFF itself is also SPECIAL (copied).
   */
  direct: Uint16Array;
  /** The {@link Kind} of each unit. */
  kind: Uint8Array;
  replacementIndex: Uint16Array;
  replacements: string[];
  /** `true` when the options change any unit at all. */
  active: boolean;
  /** `true` when the pass must watch for text that is not NFC. */
  checkNfc: boolean;
  /**
   * `true` when spaces may be removed later (`spacingPunctuation`): whether a joiner goes is
   * then decided by its neighbours beyond spaces, so the result does not depend on them.
   */
  joinersSeeThroughSpaces: boolean;
}

/** `true` when `code` lies in one of the ranges. */
export function inRanges(code: number, ranges: Ranges): boolean {
  return ranges.some(([first, last = first]) => code >= first && code <= last);
}

/** The character operations (everything but NFC, CR and context rules) on one code unit. */
function mapUnit(code: number, options: ResolvedOptions): string {
  if (options.removeControls && inRanges(code, CONTROL_RANGES) && !(options.keepZwnj && code === Char.Zwnj)) return "";
  if (options.spaces && inRanges(code, SPACE_RANGES)) return String.fromCharCode(Char.Space);
  if (options.diacritics && inRanges(code, DIACRITIC_RANGES)) return "";
  if (options.tatweel && code === Char.Tatweel) return "";
  let letter = code;
  for (const [option, value, folds] of FOLDS) {
    const fold = options[option] === value ? folds.find(([first, , last = first]) => letter >= first && letter <= last) : undefined;
    if (fold) letter += fold[1] - fold[0];
  }
  return String.fromCharCode(letter);
}

/** All character operations on one code unit, presentation forms first. */
function mapCode(code: number, options: ResolvedOptions): string {
  const expanded = (options.presentationForms && PRESENTATION_MAP.get(code)) || String.fromCharCode(code);
  return Array.from(expanded, (char) => mapUnit(char.charCodeAt(0), options)).join("");
}

/** The combining marks NFC joins to an Arabic letter before them (madda, hamza above and below). */
const ARABIC_COMPOSING_MARKS = [0x0653, 0x0654, 0x0655];

/** The only code units any character operation can change (every other unit is copied), each once. */
function candidates(): number[] {
  const codes = [...PRESENTATION_MAP.keys()];
  const add = (first: number, last = first) => {
    for (let code = first; code <= last; code++) codes.push(code);
  };
  for (const [first, last] of [...CONTROL_RANGES, ...SPACE_RANGES, ...DIACRITIC_RANGES, [Char.Tatweel] as const]) add(first, last);
  for (const [, , folds] of FOLDS) for (const [first, , last] of folds) add(first, last);
  return codes;
}

function buildTables(options: ResolvedOptions): CharacterTables {
  loadUnicode();
  const checkNfc = options.nfc;
  const kind = new Uint8Array(65536).fill(Kind.Surrogate, 0xd800, 0xe000);
  // Every unit maps to itself, but those the slow path must see: surrogates, and with `nfc`
  // every unit NFC might touch, which the slow path checks (U+FFFF is SPECIAL itself, and
  // copied by the slow path).
  const direct = new Uint16Array(65536).map((_, code) =>
    kind[code] === Kind.Copy && !(checkNfc && NFC_INFO[code] !== 0) ? code : Direct.SPECIAL,
  );
  const replacementIndex = new Uint16Array(65536);
  const replacements: string[] = [];
  let active = options.newlines;
  if (active) {
    kind[Char.CarriageReturn] = Kind.CarriageReturn;
    direct[Char.CarriageReturn] = Direct.SPECIAL;
  }
  // A one-unit replacement that yields a letter NFC composes with a following mark (a
  // presentation form ﺍ → ا, then U+0654) must take the slow path, which checks the next
  // unit, when such a mark is kept. The search preset removes those marks: its folds stay fast.
  const composingMarkKept = checkNfc && ARABIC_COMPOSING_MARKS.some((mark) => mapCode(mark, options).length > 0);
  for (const code of candidates()) {
    const mapped = mapCode(code, options);
    if (mapped.length === 1 && mapped.charCodeAt(0) === code) continue;
    active = true;
    if (mapped.length === 0) {
      if (code === Char.Zwnj || code === Char.Zwj) kind[code] = Kind.Joiner;
      else kind[code] = IS_MARK[code] === 1 || code === Char.Tatweel ? Kind.Attach : Kind.Delete;
    } else {
      kind[code] = Kind.Replace;
      replacementIndex[code] = replacements.push(mapped) - 1;
    }
    const composes =
      composingMarkKept && ARABIC_COMPOSING_MARKS.some((mark) => (mapped + String.fromCharCode(mark)).normalize("NFC").length === 1);
    // Only a single unit that NFC leaves alone (it is not SPECIAL already) takes the fast path.
    direct[code] = direct[code] !== Direct.SPECIAL && mapped.length === 1 && !composes ? mapped.charCodeAt(0) : Direct.SPECIAL;
  }
  return { direct, kind, replacementIndex, replacements, active, checkNfc, joinersSeeThroughSpaces: options.spacingPunctuation };
}

// Few option sets are used in practice; each table set costs ~200 KB, so keep a handful.
const cache = new Map<string, CharacterTables>();
const enum Limit {
  Cache = 16,
}

// The same options object (a preset) finds its tables without building a key.
const byObject = new WeakMap<ResolvedOptions, CharacterTables>();

/** The lookup tables for these options, built on first use and cached. */
export function characterTables(options: ResolvedOptions): CharacterTables {
  const known = byObject.get(options);
  if (known) return known;
  // Option sets that differ only in context rules get tables of their own: harmless.
  const key = JSON.stringify(options);
  let tables = cache.get(key);
  if (!tables) {
    // (More option sets than that in turn: start again.)
    if (cache.size >= Limit.Cache) cache.clear();
    cache.set(key, (tables = buildTables(options)));
  }
  byObject.set(options, tables);
  return tables;
}
