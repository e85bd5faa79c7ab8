import { decodeUnits } from "./decode.js";
import { Char } from "./data/characters.js";
import { Edits } from "./edits.js";
import { isMarkAt } from "./nfc.js";
import {
  Kind,
  Direct,
  type CharacterTables,
} from "./tables.js";
import { IS_ARABIC_SCRIPT, IS_MARK, NFC_INFO, NfcBits, isHighSurrogate, isLowSurrogate } from "./unicode.js";

/** Result of the character pass. */
export interface CharacterPassResult {
  /** The input itself when nothing changed. */
  text: string;
  /** Null when nothing changed or not recording. */
  edits: Edits | null;
  /**
   * `true` when a change was directly followed by a kept combining mark: the output may then
   * hold a sequence NFC would compose (ا + ZWJ + ٓ → ا + ٓ), so NFC must run again.
   */
  mayNeedNfc: boolean;
}

/**
 * What lies between a joiner and the neighbours that decide its fate: removed controls, and
 * spaces when the spacing rules may remove them (else a joiner kept between spaces would
 * touch Arabic punctuation once they go, and a second run would remove it).
 */
function isTransparent(tables: CharacterTables, unit: number): boolean {
  const action = tables.kind[unit];
  return action === Kind.Delete || action === Kind.Joiner || (tables.joinersSeeThroughSpaces && tables.direct[unit] === Char.Space);
}

/**
 * Logs a change of the slow path (`consumed` units at `index` became `produced` units
 * ending at `written` in the output) as `sourceStart, sourceEnd, destinationStart,
 * destinationEnd` (see `Edits.fromLog`). A deleted mark (`attach`) joins the change of the
 * character it follows: it extends the last change when that ends here, else takes the code
 * point before it (1 or 2 units) out of the unchanged run, so a span mapped back to the
 * source keeps a letter together with its marks.
 */
function logChange(log: number[], text: string, index: number, written: number, attach: boolean, consumed: number, produced: number): void {
  const logged = log.length;
  const lastEnd = log[logged - 3] ?? 0; // source end of the last change
  if (attach && logged > 0 && lastEnd === index) {
    log[logged - 3] = lastEnd + consumed;
    log[logged - 1] = written;
    return;
  }
  let previous = 0;
  if (attach && index > lastEnd) {
    previous = 1;
    if (index - 2 >= lastEnd) {
      if (isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2))) previous = 2;
    }
  }
  log.push(index - previous, index + consumed, written - produced - previous, written);
}

/** Whether the last {@link mapRun} replaced a unit (nonzero if so): its second result. */
let replacedInRun = 0;

/**
 * The fast path: maps units through `direct` into `out` (at `index + offset`) until a
 * SPECIAL unit or the end, and returns where it stopped. A function of its own: measured
 * 20% faster on articles than the same loop inside `mapCharacters` (keeping the slow path in
 * a class of its own instead made 20 MB texts 40% slower). SPECIAL never equals a unit it
 * stands for, except U+FFFF, which the slow path copies.
 */
function mapRun(text: string, direct: Uint16Array, out: Uint16Array, index: number, offset: number): number {
  const length = text.length;
  let replaced = 0;
  // Two units a turn, one branch for both (measured 6–8% faster): `mapped + 1` exceeds
  // 0xFFFF only for SPECIAL, so the OR of two does when either is. The loop after it takes
  // the units before the SPECIAL one, and the last unit.
  for (; index + 1 < length; index += 2) {
    const first = text.charCodeAt(index);
    const second = text.charCodeAt(index + 1);
    const firstMapped = direct[first]!;
    const secondMapped = direct[second]!;
    if (((firstMapped + 1) | (secondMapped + 1)) > Direct.SPECIAL) break;
    out[index + offset] = firstMapped;
    out[index + offset + 1] = secondMapped;
    replaced |= (firstMapped ^ first) | (secondMapped ^ second);
  }
  for (; index < length; index++) {
    const unit = text.charCodeAt(index);
    const mapped = direct[unit]!;
    if (mapped === Direct.SPECIAL) break;
    out[index + offset] = mapped;
    replaced |= mapped ^ unit;
  }
  replacedInRun = replaced;
  return index;
}

/**
 * The table-driven pass: every UTF-16 unit goes through one lookup in `tables.direct`, as in
 * a plain table loop; only units marked SPECIAL (deletions, expansions, CR, joiners,
 * surrogates, marks NFC cares about) take the slow path. The fast path has no other branch:
 * whether a unit changed is folded into one number. A unit replaced by one other unit maps
 * indexes exactly as an unchanged one, so only the slow path's changes go to the log (see
 * `logChange`); when recording, the log becomes the Edits (see `Edits.fromLog`), which find
 * the one-unit replacements again only if asked to list changes.
 *
 * With `watchNfc`, the pass also checks that the text is NFC as far as it can matter (no
 * unit NFC may change or join backwards, marks in canonical order) and stops at once if not,
 * returning null: run NFC first, then the pass again.
 */
export function mapCharacters(
  text: string,
  tables: CharacterTables,
  record: boolean,
  watchNfc: boolean,
): CharacterPassResult | null {
  const length = text.length;
  const { direct, kind, replacementIndex, replacements } = tables;
  let out = new Uint16Array(length + 16);
  let written = 0;
  // The slow path's changes, kept only when recording.
  const log: number[] = [];
  // Nonzero once anything changed (a unit replaced in the fast path, or a slow-path change).
  let changed = 0;
  let sawSurrogate = false;
  let mayNeedNfc = false;
  // Context for joiners: the current run of removed controls ends at `controlRunEnd`, and
  // its joiners go when a unit just outside it is Arabic.
  let controlRunEnd = 0;
  let joinersRemoved = false;
  // Canonical order check: the combining class rank of a mark at `previousMarkIndex`.
  let previousMarkIndex = -2;
  let previousMarkRank = 0;

  let index = 0;
  for (;;) {
    const stop = mapRun(text, direct, out, index, written - index);
    written += stop - index;
    index = stop;
    changed |= replacedInRun;
    if (index >= length) break;
    const unit = text.charCodeAt(index);
    let action = kind[unit] as Kind;
    if (watchNfc) {
      const info = NFC_INFO[unit]!;
      const rank = info & NfcBits.Rank;
      // A mark NFC changes or joins, a mark out of order, or a mark beyond the BMP in an
      // Arabic cluster (NFC may reorder or join it).
      if (
        info & NfcBits.Suspect ||
        (rank !== 0 && previousMarkIndex === index - 1 && rank < previousMarkRank) ||
        (action === Kind.Surrogate && isMarkAt(text, index, unit))
      ) {
        return null;
      }
      if (rank !== 0) {
        previousMarkIndex = index;
        previousMarkRank = rank;
      }
    }
    if (action === Kind.Joiner) {
      // Keep a joiner whose nearest neighbours that are not removed controls (nor, with the
      // spacing rules, spaces) are both outside Arabic. Every joiner of one run of those
      // shares its neighbours, so the forward search runs once per run and the pass stays linear.
      if (index >= controlRunEnd) {
        // The first joiner of a run of controls: find the run's ends in the source (the
        // units before it were copied by the fast path, which keeps no context).
        // (Outside the text, charCodeAt gives NaN: neither transparent nor Arabic.)
        let runBegin = index;
        while (isTransparent(tables, text.charCodeAt(runBegin - 1))) runBegin--;
        controlRunEnd = index + 1;
        while (isTransparent(tables, text.charCodeAt(controlRunEnd))) controlRunEnd++;
        joinersRemoved =
          IS_ARABIC_SCRIPT[text.charCodeAt(runBegin - 1)] === 1 || IS_ARABIC_SCRIPT[text.charCodeAt(controlRunEnd)] === 1;
      }
      action = joinersRemoved ? Kind.Delete : Kind.Copy;
    }
    if (action === Kind.Copy || action === Kind.Surrogate) {
      if (action === Kind.Surrogate) sawSurrogate = true;
      out[written++] = unit;
      index++;
      continue;
    }
    let consumed = 1;
    let produced = 0; // (a deletion: Kind.Delete, Kind.Attach)
    if (action === Kind.CarriageReturn) {
      if (text.charCodeAt(index + 1) === Char.LineFeed) consumed = 2; // (NaN at the end)
      out[written++] = Char.LineFeed;
      produced = 1;
    } else if (action === Kind.Replace) {
      const replacement = replacements[replacementIndex[unit]!]!;
      produced = replacement.length;
      // Room for this replacement and one unit per input unit still to come.
      if (written + produced + (length - index - 1) > out.length) {
        const larger = new Uint16Array(Math.max(out.length * 2, written + produced + (length - index)));
        larger.set(out.subarray(0, written));
        out = larger;
      }
      for (let offset = 0; offset < produced; offset++) out[written++] = replacement.charCodeAt(offset);
    }
    const next = index + consumed;
    const nextUnit = text.charCodeAt(next); // (NaN at the end: no mark)
    if (IS_MARK[nextUnit] === 1 && kind[nextUnit] !== Kind.Attach && kind[nextUnit] !== Kind.Delete) mayNeedNfc = true;
    changed = 1;
    if (record) logChange(log, text, index, written, action === Kind.Attach, consumed, produced);
    index = next;
  }
  // Nothing changed: hand back the input itself rather than a decoded copy.
  const result = changed ? decodeUnits(out, written, sawSurrogate) : text;
  const edits = record && changed ? Edits.fromLog(log, text, result) : null;
  return { text: result, edits, mayNeedNfc };
}
