// Scores @qalam/cite's extractAttributions against the hand annotations in
// tests/fixtures/attributions/ (see GUIDELINE.md there) and prints precision, recall and F1
// for cues, sources and content (quotes), exact and overlapping spans.
//
//   node tests/eval/attributions.mjs            # the TypeScript sources, bundled with esbuild
//   node tests/eval/attributions.mjs --built    # the built @qalam/cite (pnpm build first)
//   node tests/eval/attributions.mjs --errors   # also list every miss and spurious record
//
// The scoring functions are exported for packages/cite/test/attributions-eval.test.ts.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = `${root}tests/fixtures/attributions/`;

/** The annotated articles: { name, text, gold }. Throws when a span does not slice to its text. */
export function loadAttributionAnnotations() {
  return readdirSync(fixtures)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const { article, attributions } = JSON.parse(readFileSync(fixtures + file, "utf8"));
      const text = readFileSync(root + article, "utf8");
      for (const a of attributions) {
        for (const part of [a.cue, a.source, a.quote]) {
          if (part && text.slice(part.start, part.end) !== part.text) {
            throw new Error(`${file}: span ${part.start}-${part.end} is not «${part.text}»`);
          }
        }
      }
      return { name: file.replace(/\.json$/u, ""), text, gold: attributions };
    });
}

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const same = (a, b) => a.start === b.start && a.end === b.end;

/** One-to-one pairs of gold and predicted records whose cues overlap (the largest overlap first). */
function pairByCue(gold, predicted) {
  const candidates = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const size = overlap(g.cue, p.cue);
      if (size > 0) candidates.push([size, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set();
  const usedPredicted = new Set();
  const pairs = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue;
    usedGold.add(i);
    usedPredicted.add(j);
    pairs.push([gold[i], predicted[j]]);
  }
  return pairs;
}

function prf(tp, predicted, gold) {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/**
 * Scores `extract(text)` (returning Attribution[]) on every annotated article. Records pair by
 * overlapping cues; a source or quote counts when its record is paired and its span is equal
 * (exact) or overlaps (overlap). Also: how often `anonymous` and quote `direct` agree on pairs.
 */
export function scoreAttributions(extract) {
  const totals = {};
  for (const part of ["cue", "source", "quote"]) {
    for (const mode of ["exact", "overlap"]) totals[`${part}.${mode}`] = { tp: 0, predicted: 0, gold: 0 };
  }
  let anonymousAgree = 0;
  let directAgree = 0;
  let directPairs = 0;
  let pairsTotal = 0;
  const errors = [];
  for (const { name, text, gold } of loadAttributionAnnotations()) {
    const predicted = extract(text);
    const pairs = pairByCue(gold, predicted);
    pairsTotal += pairs.length;
    for (const part of ["cue", "source", "quote"]) {
      for (const mode of ["exact", "overlap"]) {
        const t = totals[`${part}.${mode}`];
        t.predicted += predicted.filter((p) => p[part]).length;
        t.gold += gold.filter((g) => g[part]).length;
        t.tp += pairs.filter(([g, p]) => g[part] && p[part] && (mode === "exact" ? same(g[part], p[part]) : overlap(g[part], p[part]) > 0)).length;
      }
    }
    for (const [g, p] of pairs) {
      if (g.anonymous === p.anonymous) anonymousAgree++;
      if (g.quote && p.quote) {
        directPairs++;
        if (g.quote.direct === p.quote.direct) directAgree++;
      }
      for (const part of ["cue", "source", "quote"]) {
        if (!g[part] && !p[part]) continue;
        if (!g[part] || !p[part] || !same(g[part], p[part])) {
          errors.push({ article: name, kind: `${part} differs`, cue: g.cue.text, gold: g[part]?.text, predicted: p[part]?.text });
        }
      }
      if (g.anonymous !== p.anonymous) errors.push({ article: name, kind: "anonymous differs", cue: g.cue.text, gold: g.anonymous });
    }
    const pairedGold = new Set(pairs.map(([g]) => g));
    const pairedPredicted = new Set(pairs.map(([, p]) => p));
    for (const g of gold) if (!pairedGold.has(g)) errors.push({ article: name, kind: "missed", cue: g.cue.text, source: g.source?.text });
    for (const p of predicted) if (!pairedPredicted.has(p)) errors.push({ article: name, kind: "spurious", cue: p.cue.text, source: p.source?.text });
  }
  const scores = {};
  for (const [key, t] of Object.entries(totals)) scores[key] = prf(t.tp, t.predicted, t.gold);
  return {
    scores,
    anonymousAccuracy: pairsTotal === 0 ? 0 : anonymousAgree / pairsTotal,
    directAccuracy: directPairs === 0 ? 0 : directAgree / directPairs,
    pairs: pairsTotal,
    errors,
  };
}

/** A fixed-width table of the scores. */
export function formatAttributionReport(result) {
  const pct = (x) => `${(100 * x).toFixed(1).padStart(5)}%`;
  const lines = ["part    match     P       R       F1     (tp/pred/gold)"];
  for (const [key, s] of Object.entries(result.scores)) {
    const [part, mode] = key.split(".");
    lines.push(`${part.padEnd(7)} ${mode.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  (${s.tp}/${s.predicted}/${s.gold})`);
  }
  lines.push(`anonymous agrees on ${pct(result.anonymousAccuracy)} of ${result.pairs} paired records; direct/indirect on ${pct(result.directAccuracy)}`);
  return lines.join("\n");
}

/** extractAttributions from the TypeScript sources, bundled to a temporary file with esbuild. */
async function loadFromSources() {
  const { build } = await import("esbuild");
  const dir = mkdtempSync(join(tmpdir(), "qalam-eval-"));
  const outfile = join(dir, "cite.mjs");
  const alias = Object.fromEntries(["normalize", "tokenize", "entities", "cite"].map((p) => [`@qalam/${p}`, `${root}packages/${p}/src/index.ts`]));
  try {
    await build({ entryPoints: [`${root}packages/cite/src/index.ts`], bundle: true, platform: "neutral", format: "esm", outfile, alias, logLevel: "error", mainFields: ["module", "main"] });
    return (await import(pathToFileURL(outfile).href)).extractAttributions;
  } finally {
    // The module is loaded; the file is no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const extractAttributions = process.argv.includes("--built") ? (await import("@qalam/cite")).extractAttributions : await loadFromSources();
  const result = scoreAttributions((text) => extractAttributions(text));
  console.log(formatAttributionReport(result));
  if (process.argv.includes("--errors")) for (const e of result.errors) console.log(JSON.stringify(e));
}
