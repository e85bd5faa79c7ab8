// Throughput of @qalam/normalize (the BUILT package: run `pnpm --filter @qalam/normalize build`
// first) against the npm peers and a baseline loop, on a ~20 MB corpus made by repeating the
// seed articles. Prints MB/s of UTF-8 input (median of several runs) and writes a record to
// tests/bench/records/normalize-<date>-<cpu>-node<version>.json. Wall-clock and CPU time are
// both measured (runs interleaved across contenders); the load average is recorded with them.
// Usage: node tests/bench/normalize.mjs [--mb 20] [--runs 7] [--no-record] [--compare DIR]
// --compare DIR adds the two qalam rows of another build of the package (DIR holds its
// dist/index.js, e.g. a worktree of an older commit), measured in the same run.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { writeRecord } from "./record.mjs";
import assert from "node:assert/strict";
import { normalize, normalizeWithEdits } from "../../packages/normalize/dist/index.js";
import { normalize as atnNormalize } from "arabic-text-normalizer";
import { sanitize as flowdegreeSanitize } from "@flowdegree/arabic-strings";
import { ArabicString } from "arabic-utils";

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "20" },
    runs: { type: "string", default: "7" },
    "no-record": { type: "boolean", default: false },
    compare: { type: "string" },
  },
});
const targetBytes = Number(values.mb) * 1e6;
const runs = Number(values.runs);

// ---- corpus -------------------------------------------------------------------------------
const articlesDir = fileURLToPath(new URL("../../apps/demo/articles/", import.meta.url));
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(articlesDir + name, "utf8"));
const unit = articles.join("\n\n") + "\n\n";
const unitBytes = Buffer.byteLength(unit, "utf8");
const corpus = unit.repeat(Math.ceil(targetBytes / unitBytes));
// Flatten the rope that repeat() may build, so no contender pays for it on its first run.
corpus.charCodeAt(corpus.length >> 1);
const corpusBytes = Buffer.byteLength(corpus, "utf8");

// ---- contenders ---------------------------------------------------------------------------
// The practical limit of a JS normalizer: one 64K-entry lookup per UTF-16 unit into a
// Uint16Array, then one decode. Its table folds the same letters the search preset folds.
const baselineTable = new Uint16Array(65536);
for (let code = 0; code < 65536; code++) baselineTable[code] = code;
for (const [from, to] of [["أ", "ا"], ["إ", "ا"], ["آ", "ا"], ["ى", "ي"], ["ة", "ه"], ["ؤ", "و"], ["ئ", "ي"]]) {
  baselineTable[from.charCodeAt(0)] = to.charCodeAt(0);
}
// It decodes the fastest way Node has: Buffer (as @qalam/normalize does in Node), 2.5× the
// speed of TextDecoder on 20 MB. The TextDecoder row is kept to compare with older records.
const baselineDecoder = new TextDecoder("utf-16le", { ignoreBOM: true });
function baselineUnits(text) {
  const length = text.length;
  const out = new Uint16Array(length);
  for (let index = 0; index < length; index++) out[index] = baselineTable[text.charCodeAt(index)];
  return out;
}
const baseline = (text) => {
  const out = baselineUnits(text);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString("utf16le");
};
const baselineTextDecoder = (text) => baselineDecoder.decode(baselineUnits(text));

// Each peer's closest call to the search preset (read from their source in node_modules):
// - arabic-text-normalizer: normalize() removes diacritics, Quranic markers, small letters and
//   tatweel; its punctuation, verse-number and whitespace steps are switched off (search keeps
//   those). It does not fold alef/yeh/teh marbuta unless stripHamza, which deletes hamza letters.
// - @flowdegree/arabic-strings: sanitize() folds أإآ→ا, ى→ي, ة→ه, removes tatweel and tashkeel.
// - arabic-utils: ArabicString(text).normalize() with alef folding, diacritics, superscript
//   alef and tatweel removal on.
let changesListed = 0;
const contenders = {
  "qalam search (with edits)": (text) => normalizeWithEdits(text, "search").text,
  "qalam search (no edits)": (text) => normalize(text, "search"),
  // The one-unit replacements are found when changes are first listed, not during the call:
  // this row pays for that too.
  "qalam search (edits listed)": (text) => {
    const { text: output, edits } = normalizeWithEdits(text, "search");
    changesListed += edits.numberOfChanges;
    return output;
  },
  "baseline 64K table loop": baseline,
  "baseline, TextDecoder": baselineTextDecoder,
  "arabic-text-normalizer": (text) =>
    atnNormalize(text, { punctuation: false, verseNumbers: false, collapseWhitespace: false }),
  "@flowdegree/arabic-strings": (text) => flowdegreeSanitize(text),
  "arabic-utils": (text) =>
    ArabicString(text).normalize({
      normalizeAlef: true,
      normalizeSuperscripAlef: false,
      removeDiacritics: true,
      removeTatweel: true,
      removeSuperscriptAlef: true,
    }),
};

/** The git commit checked out at `dir`, or null when it is not a git checkout. */
function commitOf(dir) {
  try {
    return execFileSync("git", ["-C", dir, "rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

if (values.compare) {
  const other = await import(pathToFileURL(`${values.compare}/dist/index.js`).href);
  contenders["other build (with edits)"] = (text) => other.normalizeWithEdits(text, "search").text;
  contenders["other build (no edits)"] = (text) => other.normalize(text, "search");
}

// ---- outputs checked before timing --------------------------------------------------------
const sample = "أَعْلَنَتْ شركةُ OpenAI عن نموذجـها GPT-4.5 و v2.0 على https://openai.com/blog في Łódź 😀";
console.log(`sample: ${sample}`);
const outputs = {};
for (const [name, run] of Object.entries(contenders)) {
  outputs[name] = run(sample);
  console.log(`  ${name.padEnd(28)} ${outputs[name]}`);
}
assert.equal(outputs["qalam search (with edits)"], "اعلنت شركه OpenAI عن نموذجها GPT-4.5 و v2.0 علي https://openai.com/blog في Łódź 😀");
assert.equal(outputs["qalam search (no edits)"], outputs["qalam search (with edits)"]);
assert.equal(outputs["baseline 64K table loop"].length, sample.length);
assert.equal(outputs["baseline, TextDecoder"], outputs["baseline 64K table loop"]);
for (const name of ["arabic-text-normalizer", "@flowdegree/arabic-strings", "arabic-utils"]) {
  // Every peer strips the harakat and the tatweel of the sample.
  assert.doesNotMatch(outputs[name], /[\u064B-\u0652\u0640]/u, `${name} should remove diacritics and tatweel`);
  assert.match(outputs[name], /اعلنت|أعلنت/u, `${name} should keep the letters`);
}
// What each contender does to text outside Arabic (the list), reported, not asserted for peers.
const outsideArabic = ["https://openai.com/blog", "GPT-4.5", "v2.0", "😀👍🏽", "Łódź", "漢字", "e\u0301", "a, b; c?"];
const damage = {};
for (const [name, run] of Object.entries(contenders)) {
  if (name.startsWith("baseline")) continue;
  damage[name] = outsideArabic.filter((text) => run(text) !== text);
  console.log(`  ${name.padEnd(28)} changes outside Arabic: ${damage[name].length ? damage[name].map((t) => JSON.stringify(t)).join(" ") : "none"}`);
}
assert.deepEqual(damage["qalam search (with edits)"], []);
// On the corpus itself, with and without edits agree, and edits cover the whole input.
{
  const checked = normalizeWithEdits(corpus, "search");
  assert.equal(checked.text, normalize(corpus, "search"));
  assert.equal(checked.edits.sourceLength, corpus.length);
  assert.equal(checked.edits.destinationLength, checked.text.length);
  assert.ok(checked.edits.numberOfChanges > 0);
}

// ---- timing -------------------------------------------------------------------------------

// The same corpus as separate documents, each article one string (copied, so no two share
// memory), as a pipeline hands them over: this layout leaves out the cost of allocating two
// 20 MB buffers per call, which weighs on every contender alike and varies between runs.
const documents = [];
for (let bytes = 0; bytes < corpusBytes; ) {
  for (const article of articles) {
    const document = Buffer.from(article + "\n\n").toString();
    documents.push(document);
    bytes += Buffer.byteLength(document, "utf8");
  }
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
const mbPerSecond = (ms) => Number((corpusBytes / 1e6 / (ms / 1000)).toFixed(1));

// Runs go round-robin over the contenders, so a burst of load from elsewhere on the machine
// hits them all alike, in an order shuffled each round (a fixed seed): the contender run
// right after arabic-utils measured 8–10 ms slower on 20 MB, whichever it was, so a fixed
// order (or a rotation, which keeps each one's predecessor) gave that cost to the same
// contender every time. Both wall-clock and CPU time (user + system of this process) are
// kept: on a shared machine the CPU time is the steadier.
function timeAll(apply) {
  const wall = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const cpu = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const run of Object.values(contenders)) apply(run); // warm-up
  let shuffleSeed = 20261125;
  const random = () => (shuffleSeed = (shuffleSeed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < runs; round++) {
    const order = Object.keys(contenders);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const name of order) {
      globalThis.gc?.();
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      const outputLength = apply(contenders[name]);
      wall[name].push(performance.now() - started);
      const used = process.cpuUsage(cpuStart);
      cpu[name].push((used.user + used.system) / 1000);
      if (outputLength === 0) throw new Error(`${name} returned nothing`);
    }
  }
  const results = {};
  for (const name of Object.keys(contenders)) {
    const wallMs = median(wall[name]);
    const cpuMs = median(cpu[name]);
    results[name] = {
      mbPerSecond: mbPerSecond(wallMs),
      medianMs: Number(wallMs.toFixed(1)),
      cpuMbPerSecond: mbPerSecond(cpuMs),
      medianCpuMs: Number(cpuMs.toFixed(1)),
    };
    console.log(
      `  ${name.padEnd(28)} ${String(results[name].mbPerSecond).padStart(7)} MB/s wall (${results[name].medianMs} ms)` +
        `  ${String(results[name].cpuMbPerSecond).padStart(7)} MB/s CPU (${results[name].medianCpuMs} ms)`,
    );
  }
  return results;
}

const peers = ["arabic-text-normalizer", "@flowdegree/arabic-strings", "arabic-utils"];
function summarize(results) {
  const summary = {};
  for (const measure of ["mbPerSecond", "cpuMbPerSecond"]) {
    const withEdits = results["qalam search (with edits)"][measure];
    const ratio = withEdits / results["baseline 64K table loop"][measure];
    summary[measure] = {
      searchWithEditsOverBaseline: Number(ratio.toFixed(3)),
      targetMet: ratio >= 0.7,
      aheadOfEveryPeer: peers.every((name) => withEdits > results[name][measure]),
    };
    const label = measure === "mbPerSecond" ? "wall" : "CPU ";
    console.log(
      `${label}: search with edits / baseline = ${ratio.toFixed(2)} (target ≥ 0.70: ${ratio >= 0.7 ? "met" : "NOT met"}),` +
        ` ahead of every peer: ${summary[measure].aheadOfEveryPeer ? "yes" : "NO"}`,
    );
  }
  return summary;
}

console.log(`\ncorpus as one string: ${(corpusBytes / 1e6).toFixed(1)} MB UTF-8 (${corpus.length} UTF-16 units), ${runs} runs each, median`);
const results = timeAll((run) => run(corpus).length);
const summary = summarize(results);
console.log(`\ncorpus as ${documents.length} documents (one article each), ${runs} runs each, median`);
const documentResults = timeAll((run) => {
  let length = 0;
  for (const document of documents) length += run(document).length;
  return length;
});
const documentSummary = summarize(documentResults);
// The "edits listed" row did list changes (its count goes into a variable nothing else reads).
assert.ok(changesListed > 0, "the edits-listed row listed no change");

// ---- record -------------------------------------------------------------------------------
if (!values["no-record"]) {
  const record = {
    corpus: { articles: articles.length, utf8Bytes: corpusBytes, utf16Units: corpus.length },
    runs,
    order: "shuffled each round",
    ...(values.compare ? { compared: { dir: values.compare, commit: commitOf(values.compare) } } : {}),
    results,
    target: { searchWithEditsOverBaseline: 0.7, wall: summary.mbPerSecond, cpu: summary.cpuMbPerSecond },
    documents: {
      count: documents.length,
      results: documentResults,
      target: { wall: documentSummary.mbPerSecond, cpu: documentSummary.cpuMbPerSecond },
    },
    changesOutsideArabic: damage,
  };
  console.log(`record: ${writeRecord(values.compare ? "normalize-compare" : "normalize", record)}`);
}
