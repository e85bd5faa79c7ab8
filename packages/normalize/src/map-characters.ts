import { decodeUnits } from "./decode.js";
import { SPACE } from "./data/characters.js";
import { Edits } from "./edits.js";
import { isMarkAt } from "./nfc.js";
import {
  KIND_ATTACH,
  KIND_CHECK,
  KIND_COPY,
  KIND_CR,
  KIND_DELETE,
  KIND_JOINER,
  KIND_MAP,
  KIND_SURROGATE,
  SPECIAL,
  type CharacterTables,
} from "./tables.js";
import { IS_ARABIC_SCRIPT, IS_MARK, NFC_INFO, NFC_RANK, NFC_SUSPECT } from "./unicode.js";

/** Result of the character pass. */
export interface CharacterPassResult {
  text: string;
  /** `true` when the pass changed anything (cheaper than comparing the strings). */
  changed: boolean;
  edits: Edits | null;
  /**
   * `true` when a change was directly followed by a kept combining mark: the output may then
   * hold a sequence NFC would compose (ا + ZWJ + ٓ → ا + ٓ), so NFC must run again.
   */
  mayNeedNfc: boolean;
}

const LF = 0x0a;

/** A copy of `log` with twice the room. */
function grown(log: Int32Array): Int32Array {
  const copy = new Int32Array(log.length * 2);
  copy.set(log);
  return copy;
}

/**
 * What lies between a joiner and the neighbours that decide its fate: removed controls, and
 * spaces when the spacing rules may remove them (else a joiner kept between spaces would
 * touch Arabic punctuation once they go, and a second run would remove it).
 */
function isTransparent(tables: CharacterTables, unit: number): boolean {
  const action = tables.kind[unit];
  return action === KIND_DELETE || action === KIND_JOINER || (tables.joinersSeeThroughSpaces && tables.direct[unit] === SPACE);
}

/**
 * The table-driven pass: every UTF-16 unit goes through one lookup in `tables.direct`, as in
 * a plain table loop (measured at 1.3–1.5× the cost of a branch-free table loop: each unit is
 * also tested for a change); only units marked SPECIAL (deletions, expansions, CR, joiners,
 * surrogates, marks NFC cares about) take the slow path. Changes go to a log, and nothing
 * else (unchanged runs are implied, as in ICU's Edits): a one-unit replacement is its source
 * index; a change of the slow path is `~sourceStart, ~oldLength, ~newLength`. The log becomes
 * the Edits (see `Edits.fromLog`) when recording. A deleted mark or tatweel joins the change
 * of the character it follows, so a span mapped back to the source keeps a letter together
 * with its marks.
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
  const { direct, kind, single, expansions } = tables;
  let out = new Uint16Array(length + 16);
  let written = 0;
  // Arabic news text changes about one unit in 18: one entry per 8 units rarely grows.
  // Without recording, a short log is reused and only whether it ever filled is kept.
  let log: Int32Array = new Int32Array(record ? Math.max(64, length >> 3) : 64);
  let logged = 0;
  let overflowed = false;
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
    // The fast path, a loop of its own so the engine keeps it tight: copy, or a one-unit
    // replacement, until a unit changes. One comparison covers both the copy and SPECIAL
    // (which never equals its unit, except U+FFFF: copied, as it should be).
    let unit = 0;
    let mapped = 0;
    while (index < length) {
      unit = text.charCodeAt(index);
      mapped = direct[unit]!;
      out[written++] = mapped;
      if (mapped !== unit) break;
      index++;
    }
    if (index >= length) break;
    // Room for this change (up to 3 entries).
    if (logged + 3 > log.length) {
      if (record) log = grown(log);
      else {
        overflowed = true;
        logged = 0;
      }
    }
    if (mapped !== SPECIAL) {
      log[logged++] = index++;
      continue;
    }
    written--; // the slow path decides what to write

    let action = kind[unit]!;
    if (watchNfc) {
      const info = NFC_INFO[unit]!;
      if ((info & NFC_SUSPECT) !== 0) return null;
      const rank = info & NFC_RANK;
      if (rank !== 0) {
        if (previousMarkIndex === index - 1 && rank < previousMarkRank) return null;
        previousMarkIndex = index;
        previousMarkRank = rank;
      }
      // A mark beyond the BMP in an Arabic cluster: NFC may reorder or join it.
      if (action === KIND_SURROGATE && isMarkAt(text, index, unit)) return null;
    }
    if (action === KIND_JOINER) {
      // Keep a joiner whose nearest neighbours that are not removed controls (nor, with the
      // spacing rules, spaces) are both outside Arabic. Every joiner of one run of those
      // shares its neighbours, so the forward search runs once per run and the pass stays linear.
      if (index >= controlRunEnd) {
        // The first joiner of a run of controls: find the run's ends in the source (the
        // units before it were copied by the fast path, which keeps no context).
        let runBegin = index;
        while (runBegin > 0 && isTransparent(tables, text.charCodeAt(runBegin - 1))) runBegin--;
        const unitBeforeControls = runBegin > 0 ? text.charCodeAt(runBegin - 1) : 0;
        controlRunEnd = index + 1;
        while (controlRunEnd < length && isTransparent(tables, text.charCodeAt(controlRunEnd))) controlRunEnd++;
        const unitAfterControls = controlRunEnd < length ? text.charCodeAt(controlRunEnd) : 0;
        joinersRemoved = IS_ARABIC_SCRIPT[unitBeforeControls] === 1 || IS_ARABIC_SCRIPT[unitAfterControls] === 1;
      }
      action = joinersRemoved ? KIND_DELETE : KIND_COPY;
    }
    if (action === KIND_COPY || action === KIND_CHECK || action === KIND_SURROGATE) {
      if (action === KIND_SURROGATE) sawSurrogate = true;
      out[written++] = unit;
      index++;
      continue;
    }
    let consumed = 1;
    let produced: number;
    if (action === KIND_MAP) {
      out[written++] = single[unit]!;
      produced = 1;
    } else if (action === KIND_DELETE || action === KIND_ATTACH) {
      produced = 0;
    } else if (action === KIND_CR) {
      if (index + 1 < length && text.charCodeAt(index + 1) === LF) consumed = 2;
      out[written++] = LF;
      produced = 1;
    } else {
      // KIND_EXPAND
      const replacement = expansions[single[unit]!]!;
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
    if (next < length) {
      const nextUnit = text.charCodeAt(next);
      if (IS_MARK[nextUnit] === 1 && kind[nextUnit] !== KIND_ATTACH && kind[nextUnit] !== KIND_DELETE) mayNeedNfc = true;
    }
    // Log the change. Where the last change ends: a one-unit replacement is one entry >= 0, a
    // slow-path change three entries < 0 (so the log reads backwards too).
    const last = logged > 0 ? log[logged - 1]! : 0;
    const lastEnd = logged === 0 ? 0 : last >= 0 ? last + 1 : ~log[logged - 3]! + ~log[logged - 2]!;
    if (action === KIND_ATTACH && logged > 0 && lastEnd === index) {
      // A mark on a character that already changed (the last change, ending here): extend it.
      if (last >= 0) {
        log[logged - 1] = ~last;
        log[logged++] = ~(1 + consumed);
        log[logged++] = ~(1 + produced);
      } else {
        log[logged - 2] = ~(~log[logged - 2]! + consumed);
        log[logged - 1] = ~(~last + produced);
      }
    } else {
      // A deleted mark takes the code point before it (1 or 2 units) out of the unchanged run.
      let previous = 0;
      if (action === KIND_ATTACH && index > lastEnd) {
        previous = 1;
        if (index - 2 >= lastEnd) {
          const low = text.charCodeAt(index - 1);
          const high = text.charCodeAt(index - 2);
          if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) previous = 2;
        }
      }
      log[logged++] = ~(index - previous);
      log[logged++] = ~(previous + consumed);
      log[logged++] = ~(previous + produced);
    }
    index = next;
  }
  const changed = overflowed || logged > 0;
  const edits = record ? Edits.fromLog(log, logged, length, written) : null;
  // Nothing changed: hand back the input itself rather than a decoded copy.
  const result = changed ? decodeUnits(out, written, sawSurrogate) : text;
  return { text: result, changed, edits, mayNeedNfc };
}
