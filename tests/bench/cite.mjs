// formatCitation of @qalam/cite (the BUILT package: run `pnpm --filter @qalam/cite build` first)
// side by side with citeproc-js 2.4.63 and the official CSL styles (tests/fixtures/csl), for each
// style × locale:
//   - setup: a fresh Node process imports the references module and makes its first call (qalam;
//     the whole package's import time is reported beside it), or
//     constructs a CSL.Engine from the style XML and makes its first bibliography (citeproc-js);
//   - µs per reference: the median over runs of formatting every item of the set once
//     (citeproc-js: updateItems(all) + makeBibliography(), its batch path, divided by the count).
// Before timing, English output is asserted equal to citeproc-js's, Arabic output is checked
// for sanity. Prints a table and writes tests/bench/records/cite-<date>-<cpu>-node<ver>.json.
// Usage: node tests/bench/cite.mjs [--runs 9] [--setup-runs 5] [--no-record]
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeRecord } from "./record.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "9" },
    "setup-runs": { type: "string", default: "5" },
    "no-record": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const setupRuns = Number(values["setup-runs"]);

const root = fileURLToPath(new URL("../../", import.meta.url));
const distPath = root + "packages/cite/dist/index.js";
if (!existsSync(distPath)) {
  console.error("packages/cite/dist is missing: run `pnpm --filter @qalam/cite build` first");
  process.exit(1);
}
const require = createRequire(import.meta.url);
const citeprocPath = require.resolve("citeproc");
const { formatCitation } = await import(distPath);
const CSL = require("citeproc");

const cslDir = root + "tests/fixtures/csl/";
const STYLES = { apa: "apa.csl", mla: "modern-language-association.csl", chicago: "chicago-notes-bibliography-17th-edition.csl" };
const latinItems = JSON.parse(readFileSync(root + "packages/cite/test/fixtures/references-latin-items.json", "utf8"));

// Arabic items: the shapes of the seed articles (Arabic author and outlet, Latin brand names in
// titles, a Latin outlet), varied in authors and dates.
const arabicNames = [["نبيل", "محمد"], ["أبو الغيط", "أحمد"], ["بن سلمان", "خالد"], ["عبد الله", "سارة"], ["الشريف", "منى"]];
const arabicItems = Array.from({ length: 20 }, (_, i) => ({
  id: `ar-${i}`,
  type: i % 5 === 4 ? "webpage" : "article-newspaper",
  title: ["إنفيديا تستثمر في OpenAI", "هل تنفجر فقاعة الذكاء الاصطناعي؟", "مايكروسوفت تطلق Copilot بالعربية", "أبل تؤجل إطلاق iPhone الجديد", "جوجل و«جيميني»: ماذا بعد؟"][i % 5],
  author: arabicNames.slice(0, 1 + (i % 4)).map(([family, given]) => ({ family, given })),
  issued: i % 7 === 6 ? undefined : { "date-parts": [[2024, 1 + (i % 12), 1 + (i % 28)]] },
  accessed: { "date-parts": [[2025, 2, 1]] },
  "container-title": i % 3 === 0 ? "The Information" : "إيجيبت14",
  URL: `https://egypt14.com/news/${i}`,
  language: "ar",
}));

function engine(style, lang, items) {
  const sys = {
    retrieveLocale: (l) => readFileSync(cslDir + (l.startsWith("ar") ? "locales-ar.xml" : "locales-en-US.xml"), "utf8"),
    retrieveItem: (id) => items.find((i) => i.id === id),
  };
  const e = new CSL.Engine(sys, readFileSync(cslDir + STYLES[style], "utf8"), lang);
  e.setOutputFormat("text");
  return e;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

// ---- check output before timing ---------------------------------------------------------
for (const style of Object.keys(STYLES)) {
  const e = engine(style, "en-US", latinItems);
  for (const item of latinItems) {
    e.updateItems([item.id]);
    assert.equal(formatCitation(item, { style, locale: "en" }), e.makeBibliography()[1].join("").trim(), `${style} ${item.id}`);
  }
  for (const item of arabicItems) {
    const out = formatCitation(item, { style, locale: "ar" });
    assert.ok(out.includes(item.author[0].family) && !out.includes("undefined"), out);
  }
}
console.log(`checked: English output equals citeproc-js on ${latinItems.length} items × 3 styles`);

// ---- setup, each in a fresh process ------------------------------------------------------
// Two import times: the whole built package (it also loads the extract side and, through it,
// @qalam/entities, tokenize and normalize with their data), and the references module alone
// (src/references, bundled here with esbuild): the setup step formatCitation itself needs.
const { buildSync } = require("esbuild");
const { mkdtempSync } = await import("node:fs");
const { tmpdir } = await import("node:os");
const referencesPath = mkdtempSync(tmpdir() + "/qalam-cite-bench-") + "/references.mjs";
buildSync({ entryPoints: [root + "packages/cite/src/references/index.ts"], bundle: true, format: "esm", platform: "neutral", outfile: referencesPath, logLevel: "warning" });

function freshProcess(code) {
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }));
}
const itemFor = { en: latinItems[0], ar: arabicItems[0] };
const results = [];
for (const style of Object.keys(STYLES)) {
  for (const locale of ["ar", "en"]) {
    const items = locale === "ar" ? arabicItems : latinItems;
    const qalamSetup = [];
    const citeprocSetup = [];
    for (let r = 0; r < setupRuns; r++) {
      qalamSetup.push(
        freshProcess(`
          const t0 = performance.now();
          const m = await import(${JSON.stringify(referencesPath)});
          const t1 = performance.now();
          m.formatCitation(${JSON.stringify(itemFor[locale])}, { style: ${JSON.stringify(style)}, locale: ${JSON.stringify(locale)} });
          const t2 = performance.now();
          const ta = performance.now();
          await import(${JSON.stringify(distPath)});
          const tb = performance.now();
          console.log(JSON.stringify({ packageImportMs: tb - ta, importMs: t1 - t0, firstCallMs: t2 - t1 }));`),
      );
      citeprocSetup.push(
        freshProcess(`
          import { createRequire } from "node:module";
          import { readFileSync } from "node:fs";
          const require = createRequire(import.meta.url);
          const t0 = performance.now();
          const CSL = require(${JSON.stringify(citeprocPath)});
          const t1 = performance.now();
          const item = ${JSON.stringify({ ...itemFor[locale], id: "x" })};
          const sys = { retrieveLocale: (l) => readFileSync(${JSON.stringify(cslDir)} + (l.startsWith("ar") ? "locales-ar.xml" : "locales-en-US.xml"), "utf8"), retrieveItem: () => item };
          const xml = readFileSync(${JSON.stringify(cslDir + STYLES[style])}, "utf8");
          const t2 = performance.now();
          const e = new CSL.Engine(sys, xml, ${JSON.stringify(locale === "ar" ? "ar" : "en-US")});
          const t3 = performance.now();
          e.updateItems(["x"]); e.makeBibliography();
          const t4 = performance.now();
          console.log(JSON.stringify({ importMs: t1 - t0, engineMs: t3 - t2, firstCallMs: t4 - t3 }));`),
      );
    }

    // ---- µs per reference (warm) ----
    const qalamRuns = [];
    for (let r = 0; r < runs; r++) {
      const reps = 50;
      const t0 = performance.now();
      for (let k = 0; k < reps; k++) for (const item of items) formatCitation(item, { style, locale });
      qalamRuns.push(((performance.now() - t0) * 1000) / (reps * items.length));
    }
    const e = engine(style, locale === "ar" ? "ar" : "en-US", items);
    const ids = items.map((i) => i.id);
    e.updateItems(ids);
    e.makeBibliography();
    const citeprocRuns = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      e.updateItems([]);
      e.updateItems(ids);
      e.makeBibliography();
      citeprocRuns.push(((performance.now() - t0) * 1000) / items.length);
    }
    const row = {
      style,
      locale,
      items: items.length,
      qalam: {
        packageImportMs: median(qalamSetup.map((s) => s.packageImportMs)),
        importMs: median(qalamSetup.map((s) => s.importMs)),
        firstCallMs: median(qalamSetup.map((s) => s.firstCallMs)),
        usPerReference: median(qalamRuns),
      },
      citeproc: {
        importMs: median(citeprocSetup.map((s) => s.importMs)),
        engineMs: median(citeprocSetup.map((s) => s.engineMs)),
        firstCallMs: median(citeprocSetup.map((s) => s.firstCallMs)),
        usPerReference: median(citeprocRuns),
      },
    };
    row.speedup = row.citeproc.usPerReference / row.qalam.usPerReference;
    results.push(row);
  }
}

const f = (x, d = 2) => x.toFixed(d).padStart(9);
console.log("\nstyle    loc | qalam pkg import  import(references)  first call  µs/ref | citeproc import  engine  first call  µs/ref | speed-up");
for (const r of results) {
  console.log(
    `${r.style.padEnd(8)} ${r.locale}  |${f(r.qalam.packageImportMs)} ms${f(r.qalam.importMs)} ms${f(r.qalam.firstCallMs)} ms${f(r.qalam.usPerReference)} |${f(r.citeproc.importMs)} ms${f(r.citeproc.engineMs)} ms${f(r.citeproc.firstCallMs)} ms${f(r.citeproc.usPerReference, 1)} |${f(r.speedup, 1)}×`,
  );
}
const worstSetup = Math.max(...results.flatMap((r) => [r.qalam.importMs, r.qalam.firstCallMs]));
const worstSpeedup = Math.min(...results.map((r) => r.speedup));
console.log(`load average (1 min): ${loadavg()[0].toFixed(1)} on ${cpus().length} cores: timings on a loaded machine are inflated`);
console.log(`\nlargest qalam setup step: ${worstSetup.toFixed(2)} ms (target ≤ 10 ms); smallest speed-up: ${worstSpeedup.toFixed(1)}× (target ≥ 20×)`);

if (!values["no-record"]) {
  const file = writeRecord("cite", { loadAverage1mAtEnd: loadavg()[0], runs, setupRuns, citeproc: "2.4.63", results, worstSetupMs: worstSetup, worstSpeedup });
  console.log(`record: ${file}`);
}
