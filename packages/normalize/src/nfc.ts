import { Edits } from "./edits.js";
import { IS_ARABIC_SCRIPT, IS_NFC_SAFE_STARTER } from "./tables.js";

/** Result of the NFC pass; `edits` is null when nothing changed or edits were not asked for. */
export interface NfcPassResult {
  text: string;
  edits: Edits | null;
  changed: boolean;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Canonical composition (NFC) of the runs of text that hold Arabic; other runs pass through
 * unchanged (a decomposed "é" in a Latin word stays decomposed). The text is cut into
 * segments before each unit that NFC never combines with what precedes it (ASCII, basic
 * Arabic letters), so NFC of the whole equals NFC of each segment. One quick whole-text check
 * (`normalize` returns its input when the text is already NFC) skips the pass entirely in
 * the common case.
 */
export function composeArabicRuns(text: string, record: boolean): NfcPassResult {
  if (text.normalize("NFC") === text) return { text, edits: null, changed: false };
  const length = text.length;
  const parts: string[] = [];
  const edits = record ? new Edits() : null;
  let copiedUpTo = 0; // text before this index is already in `parts` or recorded
  let segmentStart = 0;
  let hasArabic = false;
  let hasNonStarter = false;
  let changed = false;
  for (let index = 0; index <= length; index++) {
    const unit = index < length ? text.charCodeAt(index) : 0;
    if (index === length || (IS_NFC_SAFE_STARTER[unit] === 1 && index > segmentStart)) {
      if (hasArabic && hasNonStarter && index - segmentStart > 1) {
        const segment = text.slice(segmentStart, index);
        const composed = segment.normalize("NFC");
        if (composed !== segment) {
          changed = true;
          // Record only the part that differs; never cut a surrogate pair.
          let prefix = 0;
          const limit = Math.min(segment.length, composed.length);
          while (prefix < limit && segment.charCodeAt(prefix) === composed.charCodeAt(prefix)) prefix++;
          if (prefix > 0 && isHighSurrogate(segment.charCodeAt(prefix - 1))) prefix--;
          let suffix = 0;
          while (
            suffix < limit - prefix &&
            segment.charCodeAt(segment.length - 1 - suffix) === composed.charCodeAt(composed.length - 1 - suffix)
          ) {
            suffix++;
          }
          if (suffix > 0 && isLowSurrogate(segment.charCodeAt(segment.length - suffix))) suffix--;
          parts.push(text.slice(copiedUpTo, segmentStart), composed);
          if (edits !== null) {
            edits.addUnchanged(segmentStart + prefix - copiedUpTo);
            edits.addReplace(segment.length - prefix - suffix, composed.length - prefix - suffix);
            edits.addUnchanged(suffix);
          }
          copiedUpTo = index;
        }
      }
      segmentStart = index;
      hasArabic = false;
      hasNonStarter = false;
    }
    if (index < length) {
      if (IS_ARABIC_SCRIPT[unit] === 1) hasArabic = true;
      if (IS_NFC_SAFE_STARTER[unit] !== 1) hasNonStarter = true;
    }
  }
  if (!changed) return { text, edits: null, changed: false };
  parts.push(text.slice(copiedUpTo));
  edits?.addUnchanged(length - copiedUpTo);
  return { text: parts.join(""), edits, changed: true };
}
