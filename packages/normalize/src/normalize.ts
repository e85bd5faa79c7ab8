import { applyContextRules, hasContextRules } from "./context.js";
import { Edits } from "./edits.js";
import { mapCharacters } from "./map-characters.js";
import { composeArabicRuns } from "./nfc.js";
import { resolveOptions, type NormalizeOptions, type PresetName, type ResolvedOptions } from "./options.js";
import { characterTables } from "./tables.js";

/** What `normalizeWithEdits` returns: the normalized text and how it maps to the input. */
export interface NormalizeResult {
  /** The normalized text. */
  text: string;
  /** Maps indexes and spans between the input (source) and `text` (destination). */
  edits: Edits;
}

/** Options accepted by `normalize`: a preset name or an options object. */
export type NormalizeInput = NormalizeOptions | PresetName;

/** Throws the TypeError, naming the argument, that every entry point gives for a non-string. */
export function checkText(value: unknown, name = "text"): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a string, got ${value === null ? "null" : typeof value}`);
  }
}

// A change next to a kept combining mark can leave a sequence NFC composes (ا + ZWJ + ٓ
// loses its ZWJ); another round composes it. Each round removes what caused it, one extra
// round has always sufficed in the property tests, and a fixed bound keeps the cost linear.
const enum Limit {
  Rounds = 3,
}

/** Edits of `first` then `second`, either of which may be null (nothing changed or not recorded). */
function chain(first: Edits | null, second: Edits | null): Edits | null {
  return first === null ? second : second === null ? first : first.compose(second);
}

/** Runs every pass the resolved options ask for; `edits` is null when nothing changed. */
export function run(text: string, options: ResolvedOptions, record: boolean): { text: string; edits: Edits | null } {
  let current = text;
  let edits: Edits | null = null;
  const tables = characterTables(options);
  for (let round = 0; round < Limit.Rounds; round++) {
    const input = current;
    let roundEdits: Edits | null = null;
    // Takes a pass's result, if it changed anything.
    const take = (result: { text: string; edits: Edits | null } | null): void => {
      if (result !== null) {
        current = result.text;
        roundEdits = chain(roundEdits, result.edits);
      }
    };
    let mayNeedNfc = false;
    if (tables.active || tables.checkNfc) {
      // The character pass watches for text that is not NFC and stops if it finds some: NFC
      // then runs first (it is rare, and the quick check costs as much as the pass itself).
      let mapped = mapCharacters(current, tables, record, tables.checkNfc);
      if (mapped === null) {
        take(composeArabicRuns(current, record));
        mapped = mapCharacters(current, tables, record, false)!;
      }
      // (Unchanged: the same text, no edits, and no change a mark could follow.)
      take(mapped);
      mayNeedNfc = mapped.mayNeedNfc;
    }
    if (hasContextRules(options)) take(applyContextRules(current, options, record));
    // A later round that changes nothing is dropped, edits and all.
    if (round > 0 && current === input) break;
    edits = chain(edits, roundEdits);
    if (!(mayNeedNfc && options.nfc)) break;
  }
  return { text: current, edits };
}

/**
 * Normalizes Arabic text. `options` is a preset name (`"search"`, the default, or
 * `"display"`) or an options object whose fields override its `preset`.
 * Text outside Arabic (Latin words, URLs, versions, emoji, CJK) comes out as it went in.
 * @throws TypeError naming `text` or `options` when they are not valid.
 * @example normalize("أَحْمَد") // → "احمد"
 */
export function normalize(text: string, options?: NormalizeInput): string {
  checkText(text);
  return run(text, resolveOptions(options), false).text;
}

/**
 * Like {@link normalize}, and also returns the {@link Edits} that map every index and span
 * of the normalized text back to the input (and forth).
 * @throws TypeError naming `text` or `options` when they are not valid.
 * @example
 * const { text, edits } = normalizeWithEdits("الْكِتَاب", "search");
 * // text → "الكتاب"; edits.mapSpanToSource(2, 6) → { start: 3, end: 9 } ("كِتَاب")
 */
export function normalizeWithEdits(text: string, options?: NormalizeInput): NormalizeResult {
  checkText(text);
  const result = run(text, resolveOptions(options), true);
  return { text: result.text, edits: result.edits ?? Edits.fromJSON([text.length]) }; // nothing changed: one unchanged run
}
