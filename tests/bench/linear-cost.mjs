// Linear cost: every public function on adversarial input families, timed at n and 4n.
// A function whose time grows more than 6× when its input grows 4× fails (exit code 1).
// Each input is first grown until one call takes 15 ms, so that timer noise stays small.
// Usage: node --expose-gc tests/bench/linear-cost.mjs [--n 2000] [--record]
import { parseArgs } from "node:util";
import { writeRecord } from "./record.mjs";
import { normalize, normalizeWithEdits } from "@qalam/normalize";
import { tokenize, sentences } from "@qalam/tokenize";
import { tagEntities } from "@qalam/entities";
import { extractMetadata, extractAttributions, parseDateline, formatCitation } from "@qalam/cite";

const { values } = parseArgs({ options: { n: { type: "string", default: "2000" }, record: { type: "boolean", default: false } } });
const n = Number(values.n);
const MAX_RATIO = 6;

/** Input families built to hit worst cases: each takes a repeat count and returns a string. */
export const families = {
  "proclitics": (k) => "وبلل".repeat(k) + "مايكروسوفت",
  "digits-with-separators": (k) => "1,".repeat(k) + "5 مليار دولار",
  "unbalanced-quotes": (k) => "قال “".repeat(k) + "إن",
  "one-line-words": (k) => "شركة مايكروسوفت OpenAI 13.75 مليار ".repeat(Math.ceil(k / 5)),
  "no-spaces": (k) => "بمايكروسوفتOpenAI".repeat(Math.ceil(k / 4)),
  "combining-marks": (k) => "ب" + "\u064E\u0651".repeat(k),
  "bidi-controls": (k) => "\u202E\u2067مايكروسوفت".repeat(Math.ceil(k / 4)),
  "colons-and-months": (k) => "11:02 ص, ".repeat(Math.ceil(k / 3)) + "20 أكتوبر 24",
};

/** The public functions under test, each a call on one input string. */
export const functions = {
  "normalize(search)": (t) => normalize(t, "search"),
  "normalizeWithEdits(display)": (t) => normalizeWithEdits(t, "display"),
  tokenize: (t) => tokenize(t),
  sentences: (t) => sentences(t),
  tagEntities: (t) => tagEntities(t),
  extractMetadata: (t) => extractMetadata(t),
  extractAttributions: (t) => extractAttributions(t),
  parseDateline: (t) => parseDateline(t),
  formatCitation: (t) =>
    formatCitation({ type: "article-newspaper", title: t, author: [{ literal: t.slice(0, 200) }], "container-title": t.slice(0, 100) }, { style: "apa", locale: "ar" }),
};

function time(fn, input, repeats) {
  const samples = [];
  for (let i = 0; i < repeats; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    fn(input);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { min: samples[0], median: samples[Math.floor(samples.length / 2)] };
}

/** Smallest repeat count from `start` (doubling) whose input takes at least `floorMs`: timer noise then stays small. */
function calibrate(fn, make, start, floorMs = 15, maxChars = 4_000_000) {
  let k = start;
  for (;;) {
    const input = make(k);
    if (input.length * 8 > maxChars || time(fn, input, 1).min >= floorMs) return k;
    k *= 2;
  }
}

export function measureLinearity(size = n, repeats = 7) {
  const rows = [];
  for (const [fname, fn] of Object.entries(functions)) {
    for (const [family, make] of Object.entries(families)) {
      const k = calibrate(fn, make, size);
      const small = make(k);
      const large = make(k * 4);
      const a = time(fn, small, repeats);
      const b = time(fn, large, repeats);
      // The minimum is the run least disturbed by other load on the machine.
      const ratio = b.min / Math.max(a.min, 0.05);
      rows.push({ function: fname, family, chars: [small.length, large.length], ms: [a.median, b.median], minMs: [a.min, b.min], ratio, ok: ratio < MAX_RATIO });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureLinearity();
  for (const r of rows) {
    console.log(`${r.ok ? "ok  " : "FAIL"} ${r.function.padEnd(28)} ${r.family.padEnd(24)} ${String(r.chars[0]).padStart(8)} ch ${r.ms[0].toFixed(1).padStart(8)} ms → ${r.ms[1].toFixed(1).padStart(8)} ms  ×${r.ratio.toFixed(2)}`);
  }
  if (values.record) console.log(`record: ${writeRecord("linear-cost", { n, maxRatio: MAX_RATIO, rows })}`);
  const failed = rows.filter((r) => !r.ok);
  console.log(`${rows.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}
