// Import cost of the BUILT @qalam/cite (run `pnpm --filter @qalam/cite build` first), in fresh
// processes: the whole package cold; its dependencies (normalize, tokenize, entities) alone; cite's
// own share once they are loaded; and the first extractor calls, which now build the lexicons the
// package used to fold at import.
//   node tests/bench/cite-import.mjs [--runs 15] [--dist path/to/index.js --label before] [--no-record]
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { writeRecord } from "./record.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    dist: { type: "string" },
    label: { type: "string", default: "current" },
    "no-record": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const root = fileURLToPath(new URL("../../", import.meta.url));
const distPath = values.dist ?? root + "packages/cite/dist/index.js";
if (!existsSync(distPath)) {
  console.error(`${distPath} is missing: run \`pnpm --filter @qalam/cite build\` first`);
  process.exit(1);
}
const dist = pathToFileURL(distPath).href;
const deps = ["normalize", "tokenize", "entities"].map((p) => pathToFileURL(`${root}packages/${p}/dist/index.js`).href);

// Each sample is a fresh node process: module caches would hide the cost after the first import.
function sample(script) {
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

const cold = `const t = performance.now(); await import(${JSON.stringify(dist)}); console.log(JSON.stringify({ packageMs: performance.now() - t }));`;
const split = `
  const t0 = performance.now();
  for (const d of ${JSON.stringify(deps)}) await import(d);
  const t1 = performance.now();
  const cite = await import(${JSON.stringify(dist)});
  const t2 = performance.now();
  const date = cite.parseDateline("11:02 ص, الأحد, 20 أكتوبر 24");
  const t3 = performance.now();
  const item = cite.extractMetadata("ارتفاع أسعار الذهب اليوم | مصراوي\\nكتب: محمد نبيل\\nقال محمد عبد الله إن الأسعار ارتفعت.");
  const t4 = performance.now();
  console.log(JSON.stringify({ depsMs: t1 - t0, citeOwnMs: t2 - t1, firstParseDatelineMs: t3 - t2, firstExtractMetadataMs: t4 - t3, date: date && date.date, author: item.author }));`;

// Same output before timing: the build under test must work.
const check = sample(split);
assert.equal(check.date, "2024-10-20");
assert.deepEqual(check.author, [{ given: "محمد", family: "نبيل" }]);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const colds = [];
const splits = [];
// Interleaved, so a burst of load on the shared machine hits both kinds of sample alike.
for (let i = 0; i < runs; i++) {
  colds.push(sample(cold).packageMs);
  splits.push(sample(split));
}
const result = {
  label: values.label,
  packageMs: median(colds),
  packageMsRange: [Math.min(...colds), Math.max(...colds)],
  depsMs: median(splits.map((s) => s.depsMs)),
  citeOwnMs: median(splits.map((s) => s.citeOwnMs)),
  firstParseDatelineMs: median(splits.map((s) => s.firstParseDatelineMs)),
  firstExtractMetadataMs: median(splits.map((s) => s.firstExtractMetadataMs)),
};
const f = (x) => x.toFixed(1).padStart(7);
console.log(`@qalam/cite import (${values.label}), medians of ${runs} fresh processes`);
console.log(`whole package cold ${f(result.packageMs)} ms (range ${result.packageMsRange.map((x) => x.toFixed(1)).join("–")})`);
console.log(`dependencies alone ${f(result.depsMs)} ms   cite's own after them ${f(result.citeOwnMs)} ms`);
console.log(`first parseDateline ${f(result.firstParseDatelineMs)} ms   first extractMetadata ${f(result.firstExtractMetadataMs)} ms (builds the tagger)`);
console.log(`load average (1 min): ${loadavg()[0].toFixed(1)} on ${cpus().length} cores: timings on a loaded machine are inflated`);

if (!values["no-record"]) {
  const dist = distPath.startsWith(root) ? distPath.slice(root.length) : distPath;
  const file = writeRecord(`cite-import-${values.label}`, { loadAverage1mAtEnd: loadavg()[0], runs, dist, ...result });
  console.log(`record: ${file}`);
}
