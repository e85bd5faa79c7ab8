import { Edits } from "./edits.js";
import { decodeUnits } from "./decode.js";
import {
  IS_ARABIC_SCRIPT,
  IS_MARK,
  KIND_ATTACH,
  KIND_COPY,
  KIND_CR,
  KIND_DELETE,
  KIND_JOINER,
  KIND_MAP,
  KIND_SURROGATE,
  type CharacterTables,
} from "./tables.js";

/** Result of the character pass. */
export interface CharacterPassResult {
  text: string;
  edits: Edits | null;
  /**
   * `true` when a change was directly followed by a kept combining mark: the output may then
   * hold a sequence NFC would compose (ا + ZWJ + ٓ → ا + ٓ), so NFC must run again.
   */
  mayNeedNfc: boolean;
}

const LF = 0x0a;

function isRemovedControl(action: number): boolean {
  return action === KIND_DELETE || action === KIND_JOINER;
}

/**
 * The table-driven pass: every UTF-16 unit goes through one lookup. Copies are the fast
 * path; edits are recorded only where something changes (unchanged runs are counted, not
 * walked). A deleted mark or tatweel joins the change of the character it follows, so a
 * span mapped back to the source keeps a letter together with its marks.
 */
export function mapCharacters(text: string, tables: CharacterTables, record: boolean): CharacterPassResult {
  const length = text.length;
  const { kind, single, expansions } = tables;
  let out = new Uint16Array(length + 16);
  let written = 0;
  let sawSurrogate = false;
  let changed = false;
  let mayNeedNfc = false;
  const edits = record ? new Edits() : null;
  // The unchanged run starts at `runStart`; an open change (pendingOld → pendingNew units)
  // ends right where the unchanged run starts, and is flushed once the next run is known.
  let runStart = 0;
  // Context for joiners: the last unit that is not a removed control, and the first one
  // after the current run of controls (which ends at `controlRunEnd`).
  let unitBeforeControls = 0;
  let unitAfterControls = 0;
  let controlRunEnd = 0;
  let pendingOld = 0;
  let pendingNew = 0;
  let pendingOpen = false;

  for (let index = 0; index < length; index++) {
    const unit = text.charCodeAt(index);
    const action = kind[unit]!;
    if (action === KIND_COPY) {
      out[written++] = unit;
      unitBeforeControls = unit;
      continue;
    }
    if (action === KIND_SURROGATE) {
      sawSurrogate = true;
      out[written++] = unit;
      unitBeforeControls = unit;
      continue;
    }
    if (action === KIND_JOINER) {
      // Keep a joiner whose nearest neighbours that are not removed controls are both
      // outside Arabic. Every joiner of one run of controls shares those neighbours, so
      // the forward search runs once per run and the pass stays linear.
      if (index >= controlRunEnd) {
        controlRunEnd = index + 1;
        while (controlRunEnd < length && isRemovedControl(kind[text.charCodeAt(controlRunEnd)]!)) controlRunEnd++;
        unitAfterControls = controlRunEnd < length ? text.charCodeAt(controlRunEnd) : 0;
      }
      if (IS_ARABIC_SCRIPT[unitBeforeControls] !== 1 && IS_ARABIC_SCRIPT[unitAfterControls] !== 1) {
        out[written++] = unit;
        unitBeforeControls = unit;
        continue;
      }
    }
    if (action !== KIND_DELETE && action !== KIND_JOINER) unitBeforeControls = unit;
    changed = true;
    let consumed = 1;
    let produced: number;
    if (action === KIND_MAP) {
      out[written++] = single[unit]!;
      produced = 1;
    } else if (action === KIND_DELETE || action === KIND_ATTACH || action === KIND_JOINER) {
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
        const grown = new Uint16Array(Math.max(out.length * 2, written + produced + (length - index)));
        grown.set(out.subarray(0, written));
        out = grown;
      }
      for (let offset = 0; offset < produced; offset++) out[written++] = replacement.charCodeAt(offset);
    }
    const next = index + consumed;
    if (next < length) {
      const nextUnit = text.charCodeAt(next);
      if (IS_MARK[nextUnit] === 1 && kind[nextUnit] !== KIND_ATTACH && kind[nextUnit] !== KIND_DELETE) mayNeedNfc = true;
    }
    if (edits !== null) {
      if (action === KIND_ATTACH && pendingOpen && runStart === index) {
        // Another mark on a character that already changed.
        pendingOld += consumed;
        pendingNew += produced;
      } else {
        if (pendingOpen) edits.addReplace(pendingOld, pendingNew);
        pendingOpen = true;
        if (action === KIND_ATTACH && index > runStart) {
          // Take the preceding code point (1 or 2 units) out of the unchanged run into the change.
          let previous = 1;
          if (index - 2 >= runStart) {
            const low = text.charCodeAt(index - 1);
            const high = text.charCodeAt(index - 2);
            if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) previous = 2;
          }
          edits.addUnchanged(index - previous - runStart);
          pendingOld = previous + consumed;
          pendingNew = previous + produced;
        } else {
          edits.addUnchanged(index - runStart);
          pendingOld = consumed;
          pendingNew = produced;
        }
      }
      runStart = next;
    }
    index = next - 1;
  }
  if (edits !== null) {
    if (pendingOpen) edits.addReplace(pendingOld, pendingNew);
    edits.addUnchanged(length - runStart);
  }
  // Nothing changed: hand back the input itself rather than a decoded copy.
  const result = changed ? decodeUnits(out, written, sawSurrogate) : text;
  return { text: result, edits, mayNeedNfc };
}
