import { Edits } from "./edits.js";
import { IS_ARABIC_SCRIPT, IS_MARK } from "./tables.js";

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

const SMP_MARK = /^\p{M}$/u;

/** `true` when the unit (or the surrogate pair starting there) is a combining mark. */
function isMarkAt(text: string, index: number, unit: number): boolean {
  if (unit < 0xd800 || unit > 0xdfff) return IS_MARK[unit] === 1;
  if (isLowSurrogate(unit)) return false;
  const low = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
  return isLowSurrogate(low) && SMP_MARK.test(text.slice(index, index + 2));
}

/**
 * Canonical composition (NFC) of the clusters (a non-mark character and the combining marks
 * after it) that hold an Arabic-script character; other clusters pass through unchanged (a
 * decomposed "é" in a Latin word stays decomposed). Every canonical composition outside
 * Hangul joins a character with marks after it, so composing cluster by cluster gives NFC
 * on those clusters, and a cluster's fate never depends on its neighbours. One quick
 * whole-text check (`normalize` hands back its input when the text is already NFC) skips
 * the pass entirely in the common case.
 */
export function composeArabicRuns(text: string, record: boolean): NfcPassResult {
  if (text.normalize("NFC") === text) return { text, edits: null, changed: false };
  const length = text.length;
  const parts: string[] = [];
  const edits = record ? new Edits() : null;
  let copiedUpTo = 0; // text before this index is already in `parts` and recorded
  let clusterStart = 0;
  let hasArabic = false;
  let changed = false;
  for (let index = 0; index <= length; index++) {
    const unit = index < length ? text.charCodeAt(index) : 0;
    const startsCluster = index === length || !isMarkAt(text, index, unit);
    if (startsCluster && index > clusterStart) {
      if (hasArabic && index - clusterStart > 1) {
        const cluster = text.slice(clusterStart, index);
        const composed = cluster.normalize("NFC");
        if (composed !== cluster) {
          changed = true;
          // Record only the part that differs; never cut a surrogate pair.
          let prefix = 0;
          const limit = Math.min(cluster.length, composed.length);
          while (prefix < limit && cluster.charCodeAt(prefix) === composed.charCodeAt(prefix)) prefix++;
          if (prefix > 0 && isHighSurrogate(cluster.charCodeAt(prefix - 1))) prefix--;
          let suffix = 0;
          while (
            suffix < limit - prefix &&
            cluster.charCodeAt(cluster.length - 1 - suffix) === composed.charCodeAt(composed.length - 1 - suffix)
          ) {
            suffix++;
          }
          if (suffix > 0 && isLowSurrogate(cluster.charCodeAt(cluster.length - suffix))) suffix--;
          parts.push(text.slice(copiedUpTo, clusterStart), composed);
          if (edits !== null) {
            edits.addUnchanged(clusterStart + prefix - copiedUpTo);
            edits.addReplace(cluster.length - prefix - suffix, composed.length - prefix - suffix);
            edits.addUnchanged(suffix);
          }
          copiedUpTo = index;
        }
      }
      clusterStart = index;
      hasArabic = false;
    }
    if (index < length && IS_ARABIC_SCRIPT[unit] === 1) hasArabic = true;
  }
  if (!changed) return { text, edits: null, changed: false };
  parts.push(text.slice(copiedUpTo));
  edits?.addUnchanged(length - copiedUpTo);
  return { text: parts.join(""), edits, changed: true };
}
