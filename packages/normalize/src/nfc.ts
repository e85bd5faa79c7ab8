import { Edits } from "./edits.js";
import { IS_ARABIC_SCRIPT, IS_MARK, NFC_INFO, NfcBits, isHighSurrogate, isLowSurrogate, isSurrogate } from "./unicode.js";

/** Result of the NFC pass when it changed anything; `edits` is null when not asked for. */
export interface NfcPassResult {
  text: string;
  edits: Edits | null;
}


const SMP_MARK = /^\p{M}$/u;

/**
 * `true` when the unit is a combining mark, or either half of a surrogate pair that is one
 * (beyond the BMP the engine's Unicode data answers), so a cluster never ends inside a pair.
 */
export function isMarkAt(text: string, index: number, unit: number): boolean {
  if (!isSurrogate(unit)) return IS_MARK[unit] === 1;
  // The pair starts at a high half, or just before a low half. A lone surrogate makes two
  // code points or none that is \p{M} (at index 0, `slice(-1, 1)` is empty or the unit).
  const start = isLowSurrogate(unit) ? index - 1 : index;
  return SMP_MARK.test(text.slice(start, start + 2));
}

/** Clusters up to this length go straight to String.prototype.normalize. */
const enum Limit {
  ShortCluster = 32,
}

/**
 * NFC of one cluster (a non-mark and the marks after it) in time linear in its length.
 * ICU puts a run of marks in canonical order by insertion, which is quadratic when the run
 * is long and disordered ("ب" + "َّ" × 50 000 takes seconds); so a long cluster's marks are
 * first put in canonical order here (a stable sort on the combining class rank within each
 * run of non-starters, as canonical ordering is), which leaves ICU only its linear work.
 * Units beyond the BMP have no rank here: such a cluster goes to ICU as it is. The base is
 * never one (the cluster's base is an Arabic-script character of the BMP).
 */
function composeCluster(cluster: string): string {
  if (cluster.length <= Limit.ShortCluster || /[\uD800-\uDFFF]/.test(cluster)) return cluster.normalize("NFC");
  const rank = (mark: string) => NFC_INFO[mark.charCodeAt(0)]! & NfcBits.Rank;
  let ordered = cluster[0]!;
  let run: string[] = [];
  const flush = () => {
    ordered += run.sort((a, b) => rank(a) - rank(b)).join("");
    run = [];
  };
  // (No surrogate here: one unit a mark.) Each mark is replaced by its canonical equivalent.
  for (const mark of cluster.slice(1)) {
    for (const part of mark.normalize("NFC")) {
      // A starter among the marks (combining class 0) stays where it is and splits the runs.
      if (rank(part) === 0) {
        flush();
        ordered += part;
      } else {
        run.push(part);
      }
    }
  }
  flush();
  return ordered.normalize("NFC");
}

/** `true` when NFC may change the cluster: a mark NFC changes or joins, marks out of order, or a surrogate. */
function clusterMayChange(text: string, start: number, end: number): boolean {
  let previousRank = 0;
  for (let index = start; index < end; index++) {
    const unit = text.charCodeAt(index);
    const info = NFC_INFO[unit]!;
    const rank = info & NfcBits.Rank;
    if (isSurrogate(unit) || info & NfcBits.Suspect || (rank !== 0 && rank < previousRank)) return true;
    previousRank = rank;
  }
  return false;
}

/**
 * Canonical composition (NFC) of the clusters (a non-mark character and the combining marks
 * after it) whose base is an Arabic-script character; other clusters pass through unchanged
 * (a decomposed "é" in a Latin word stays decomposed). Every canonical composition outside
 * Hangul joins a character with marks after it, so composing cluster by cluster gives NFC
 * on those clusters, and a cluster's fate never depends on its neighbours. Only clusters
 * the NFC facts of src/unicode.ts flag are handed to `String.prototype.normalize`; the cost is linear in the
 * text's length. Returns null when nothing changed.
 */
export function composeArabicRuns(text: string, record: boolean): NfcPassResult | null {
  const length = text.length;
  let result = "";
  const log: number[] = []; // `sourceStart, sourceEnd, destinationStart, destinationEnd` of each change (see `Edits.fromLog`)
  let shift = 0; // destination index minus source index after the last change
  let copiedUpTo = 0; // text before this index is already in `result` and recorded
  let clusterStart = 0;
  let hasArabic = false;
  for (let index = 0; index <= length; index++) {
    const unit = text.charCodeAt(index); // (NaN at the end: no mark, so the last cluster ends)
    const startsCluster = !isMarkAt(text, index, unit);
    if (startsCluster && index > clusterStart) {
      // (A cluster of one unit, its base, is never flagged.)
      if (hasArabic && clusterMayChange(text, clusterStart, index)) {
        const cluster = text.slice(clusterStart, index);
        const composed = composeCluster(cluster);
        if (composed !== cluster) {
          // Record only the part that differs; never cut a surrogate pair.
          // (Past either end, charCodeAt gives NaN, which equals nothing and is no surrogate.)
          let prefix = 0;
          while (cluster.charCodeAt(prefix) === composed.charCodeAt(prefix)) prefix++;
          if (isHighSurrogate(cluster.charCodeAt(prefix - 1))) prefix--;
          let suffix = 0;
          const limit = Math.min(cluster.length, composed.length) - prefix;
          while (
            suffix < limit &&
            cluster.charCodeAt(cluster.length - 1 - suffix) === composed.charCodeAt(composed.length - 1 - suffix)
          ) {
            suffix++;
          }
          if (isLowSurrogate(cluster.charCodeAt(cluster.length - suffix))) suffix--;
          result += text.slice(copiedUpTo, clusterStart) + composed;
          log.push(clusterStart + prefix, index - suffix, clusterStart + prefix + shift, index - suffix + (shift += composed.length - cluster.length));
          copiedUpTo = index;
        }
      }
      clusterStart = index;
    }
    // A cluster is Arabic when its base is: a Latin letter carrying a stray Arabic mark is
    // left as it is, so removing that mark later gives the same text as never composing.
    if (startsCluster) hasArabic = IS_ARABIC_SCRIPT[unit] === 1;
  }
  if (copiedUpTo === 0) return null; // nothing changed (a change ends after a cluster's second unit)
  result += text.slice(copiedUpTo);
  return { text: result, edits: record ? Edits.fromLog(log, text, result) : null };
}
