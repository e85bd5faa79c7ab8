// Scores entity predictions against the hand annotations in tests/fixtures/entities/.
// Shared by `pnpm eval` (run.mjs, built packages) and tests/eval/entities.test.ts (sources).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = `${root}tests/fixtures/entities/`;

/** The annotated articles: { name, text, gold }. Throws when a span does not slice to its text. */
export function loadAnnotations() {
  return readdirSync(fixtures)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const { article, entities } = JSON.parse(readFileSync(fixtures + file, "utf8"));
      const text = readFileSync(root + article, "utf8");
      for (const e of entities) {
        if (text.slice(e.start, e.end) !== e.text) throw new Error(`${file}: span ${e.start}-${e.end} is not «${e.text}»`);
      }
      return { name: file.replace(/\.json$/u, ""), text, gold: entities };
    });
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** One-to-one matching of predictions to gold (same type), exact or overlapping spans. */
function match(gold, predicted, exact) {
  const used = new Set();
  const pairs = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      if (used.has(i) || p.type !== g.type) return;
      if (exact ? p.start === g.start && p.end === g.end : overlaps(p, g)) {
        const size = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        if (size > bestOverlap) {
          best = i;
          bestOverlap = size;
        }
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, predicted[best]]);
    }
  }
  return pairs;
}

const f1 = (tp, nGold, nPred) => {
  const precision = nPred === 0 ? 1 : tp / nPred;
  const recall = nGold === 0 ? 1 : tp / nGold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), tp, gold: nGold, predicted: nPred };
};

/**
 * Evaluates `tag(text) => Entity[]` on every annotated article.
 * Returns per-type and overall P/R/F1 (exact and overlap) and linking accuracy: among
 * gold mentions with an id that a same-type prediction overlaps, the share whose
 * prediction carries that id (`linking`), and the same over all gold mentions with an id
 * (`linkingEndToEnd`, unfound mentions counting as wrong). `articles` defaults to the seed
 * annotations; `loadHeldOut()` gives the held-out set.
 */
export function evaluate(tag, articles = loadAnnotations()) {
  const types = new Set();
  const counts = {};
  const errors = [];
  let linkedRight = 0;
  let linkedFound = 0;
  let goldWithId = 0;
  const bump = (type, key, n) => {
    counts[type] ??= { goldN: 0, predN: 0, exact: 0, overlap: 0 };
    counts[type][key] += n;
  };
  for (const { name, text, gold } of articles) {
    const predicted = tag(text);
    for (const e of [...gold, ...predicted]) types.add(e.type);
    for (const type of types) {
      const g = gold.filter((e) => e.type === type);
      const p = predicted.filter((e) => e.type === type);
      bump(type, "goldN", g.length);
      bump(type, "predN", p.length);
      bump(type, "exact", match(g, p, true).length);
      bump(type, "overlap", match(g, p, false).length);
    }
    const pairs = match(gold, predicted, false);
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPred = new Set(pairs.map(([, p]) => p));
    for (const g of gold) if (!matchedGold.has(g)) errors.push({ article: name, kind: "missed", ...pick(g) });
    for (const p of predicted) if (!matchedPred.has(p)) errors.push({ article: name, kind: "spurious", ...pick(p) });
    for (const [g, p] of pairs) {
      if (g.start !== p.start || g.end !== p.end) errors.push({ article: name, kind: "boundary", ...pick(g), predicted: p.text });
      if (g.id === undefined) continue;
      linkedFound++;
      if (p.id === g.id) linkedRight++;
      else errors.push({ article: name, kind: "link", ...pick(g), predictedId: p.id ?? null });
    }
    goldWithId += gold.filter((g) => g.id !== undefined).length;
  }
  const byType = {};
  let all = { goldN: 0, predN: 0, exact: 0, overlap: 0 };
  for (const [type, c] of Object.entries(counts).sort()) {
    byType[type] = { exact: f1(c.exact, c.goldN, c.predN), overlap: f1(c.overlap, c.goldN, c.predN) };
    all = { goldN: all.goldN + c.goldN, predN: all.predN + c.predN, exact: all.exact + c.exact, overlap: all.overlap + c.overlap };
  }
  return {
    articles: articles.length,
    byType,
    overall: { exact: f1(all.exact, all.goldN, all.predN), overlap: f1(all.overlap, all.goldN, all.predN) },
    linking: linkedFound === 0 ? 1 : linkedRight / linkedFound,
    linkingEndToEnd: goldWithId === 0 ? 1 : linkedRight / goldWithId,
    linkCounts: { right: linkedRight, found: linkedFound, goldWithId },
    errors,
  };
}

function pick(e) {
  return { start: e.start, end: e.end, text: e.text, type: e.type, ...(e.id ? { id: e.id } : {}) };
}

/** The report as aligned text lines. */
export function formatReport(result) {
  const pct = (x) => (x * 100).toFixed(1).padStart(5);
  const lines = [`entities: ${result.articles} annotated articles`, "type       gold  pred | exact P     R    F1 | overlap P   R    F1"];
  const row = (name, r) =>
    `${name.padEnd(9)} ${String(r.exact.gold).padStart(5)} ${String(r.exact.predicted).padStart(5)} | ${pct(r.exact.precision)} ${pct(r.exact.recall)} ${pct(r.exact.f1)} | ${pct(r.overlap.precision)} ${pct(r.overlap.recall)} ${pct(r.overlap.f1)}`;
  for (const [type, r] of Object.entries(result.byType)) lines.push(row(type, r));
  lines.push(row("ALL", result.overall));
  lines.push(
    `linking accuracy ${pct(result.linking)}% (${result.linkCounts.right}/${result.linkCounts.found} found mentions with an id); end to end ${pct(result.linkingEndToEnd)}% (of ${result.linkCounts.goldWithId})`,
  );
  return lines.join("\n");
}
