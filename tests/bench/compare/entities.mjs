// Two builds of @qalam/entities side by side in one process: this working tree's (the BUILT
// package: `pnpm --filter @qalam/entities... build` first) and the one of a git revision,
// built here from `git archive` into a temporary folder. A ratio measured against the build
// a target was met with is worth more than one chained from several runs, each against the
// build before it: on a noisy machine such a chain drifts (it once said 1.02× where the
// direct measurement gave 1.35×).
//
// Both taggers tag the same texts in alternating order, round after round; the first rounds
// warm up and are dropped; the figures are medians of the rounds, and the ratio is the median
// of the per-round ratios (this build's time / the revision's), with a 95 % bootstrap interval.
// Workloads: the 4 MB of repeated seed articles of tests/bench/entities.mjs (its main row), and
// fresh articles one at a time (a third of the longer Arabic words changed, new copies each round).
// Writes tests/bench/records/entities-compare-<date>-<cpu>-node<version>.json.
// With --head <revision>, that revision's build instead of this tree's: two revisions recorded
// on another machine, compared here, say whether a ratio measured here carries over to it.
// Usage: node tests/bench/compare/entities.mjs --base <revision> [--head <revision>] [--rounds 16] [--warm 6] [--no-record]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { wordChanger } from "../changed-words.mjs";
import { writeRecord } from "../record.mjs";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    head: { type: "string" },
    rounds: { type: "string", default: "16" },
    warm: { type: "string", default: "6" },
    "no-record": { type: "boolean", default: false },
  },
});
if (values.base === undefined) throw new TypeError("compare/entities: --base <revision> is required (a commit, tag or branch)");
const rounds = Number(values.rounds);
const warm = Number(values.warm);
if (!Number.isInteger(rounds) || !Number.isInteger(warm) || warm < 0 || rounds <= warm) {
  throw new TypeError("compare/entities: --rounds must be an integer greater than --warm (a non-negative integer)");
}

const root = fileURLToPath(new URL("../../../", import.meta.url));
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
const baseCommit = git("rev-parse", "--verify", `${values.base}^{commit}`);
const headCommit = git("rev-parse", "--verify", `${values.head ?? "HEAD"}^{commit}`);
const headDirty = values.head === undefined && git("status", "--porcelain", "--", "packages").length > 0;

const treeDist = join(root, "packages/entities/dist/index.js");
if (values.head === undefined && !existsSync(treeDist)) throw new Error("compare/entities: build this tree first (pnpm --filter @qalam/entities... build)");
const headDist = values.head === undefined ? treeDist : buildRevision(headCommit);
const baseDist = buildRevision(baseCommit);

/**
 * The revision's normalize, tokenize and entities packages, from `git archive`, built with
 * this tree's tools (tsup, TypeScript) and third-party dependencies; each package's
 * @qalam dependencies are the revision's own. Kept in the temporary folder for the next run.
 */
function buildRevision(commit) {
  const dir = join(tmpdir(), `qalam-entities-${commit.slice(0, 12)}`);
  const dist = join(dir, "packages/entities/dist/index.js");
  if (existsSync(dist)) return dist;
  mkdirSync(dir, { recursive: true });
  // The shared build files the revision has (an older one has no tsup.base.ts).
  const shared = git("ls-tree", "--name-only", commit, "--", "package.json", "tsconfig.base.json", "tsup.base.ts").split("\n").filter(Boolean);
  const archive = execFileSync("git", ["archive", "--format=tar", commit, "packages/normalize", "packages/tokenize", "packages/entities", ...shared], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const packages = ["normalize", "tokenize", "entities"];
  for (const name of packages) {
    const here = join(root, "packages", name, "node_modules");
    const there = join(dir, "packages", name, "node_modules");
    mkdirSync(join(there, "@qalam"), { recursive: true });
    for (const entry of existsSync(here) ? readdirSync(here) : []) {
      if (entry !== "@qalam" && entry !== ".bin") symlinkSync(join(here, entry), join(there, entry));
    }
    for (const dependency of packages) {
      if (dependency !== name && existsSync(join(here, "@qalam", dependency))) symlinkSync(join(dir, "packages", dependency), join(there, "@qalam", dependency));
    }
  }
  const tsup = join(root, "node_modules/.bin/tsup");
  for (const name of packages) execFileSync(tsup, [], { cwd: join(dir, "packages", name), stdio: "ignore" });
  return dist;
}

// ---- workloads ----------------------------------------------------------------------------
const articlesDir = join(root, "apps/demo/articles/");
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(articlesDir + name, "utf8"));
const unit = articles.join("\n\n") + "\n\n";
const corpus = unit.repeat(Math.ceil(4e6 / Buffer.byteLength(unit, "utf8")));
corpus.charCodeAt(corpus.length >> 1); // flatten the rope before timing

// The same change as tests/bench/entities.mjs (changed-words.mjs), from a seed of its own.
let seed = 20261127;
const changeWords = wordChanger(() => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const freshArticles = () => Array.from({ length: 40 }, () => articles.map(changeWords)).flat();

const [base, head] = await Promise.all([import(pathToFileURL(baseDist).href), import(pathToFileURL(headDist).href)]);
const taggers = { base: base.createTagger(), head: head.createTagger() };

/** Milliseconds to tag `texts` one after the other, and the entities found. */
function time(tagger, texts) {
  const start = performance.now();
  let found = 0;
  for (const text of texts) found += tagger.tag(text).length;
  return { ms: performance.now() - start, found };
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[numbers.length >> 1];

/**
 * A 95 % interval for the median of `numbers` (a percentile bootstrap: the medians of 2,000
 * resamples, drawn by a fixed LCG so that a record can be recomputed). The rounds' ratios
 * spread widely on a shared machine; the interval says how far their median may be trusted.
 */
function medianInterval(numbers) {
  let state = 20261127;
  const draw = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % numbers.length;
  const medians = [];
  const sample = new Array(numbers.length);
  for (let r = 0; r < 2000; r++) {
    for (let i = 0; i < numbers.length; i++) sample[i] = numbers[draw()];
    medians.push(median(sample));
  }
  medians.sort((a, b) => a - b);
  return [medians[Math.floor(0.025 * medians.length)], medians[Math.ceil(0.975 * medians.length) - 1]];
}

function compare(name, textsOfRound, bytesOfRound) {
  const ms = { base: [], head: [] };
  const ratios = [];
  let found = { base: 0, head: 0 };
  for (let round = 0; round < rounds; round++) {
    const texts = textsOfRound();
    // Alternate which build goes first: the second one runs with the first one's garbage.
    const order = round % 2 === 0 ? ["base", "head"] : ["head", "base"];
    const result = {};
    for (const build of order) result[build] = time(taggers[build], texts);
    if (round < warm) continue;
    for (const build of order) ms[build].push(result[build].ms);
    ratios.push(result.head.ms / result.base.ms);
    found = { base: result.base.found, head: result.head.found };
  }
  const row = {
    baseMs: Number(median(ms.base).toFixed(1)),
    headMs: Number(median(ms.head).toFixed(1)),
    baseMBps: Number((bytesOfRound / 1e6 / (median(ms.base) / 1000)).toFixed(2)),
    headMBps: Number((bytesOfRound / 1e6 / (median(ms.head) / 1000)).toFixed(2)),
    ratio: Number(median(ratios).toFixed(3)),
    ratioInterval95: medianInterval(ratios).map((bound) => Number(bound.toFixed(3))),
    ratioRange: [Number(Math.min(...ratios).toFixed(3)), Number(Math.max(...ratios).toFixed(3))],
    entities: found,
  };
  console.log(
    `  ${name.padEnd(36)} base ${String(row.baseMs).padStart(7)} ms  head ${String(row.headMs).padStart(7)} ms  head/base ${row.ratio.toFixed(3)} (95 % ${row.ratioInterval95[0].toFixed(3)}–${row.ratioInterval95[1].toFixed(3)}; rounds ${row.ratioRange[0].toFixed(2)}–${row.ratioRange[1].toFixed(2)})`,
  );
  return row;
}

console.log(`base ${baseCommit.slice(0, 12)} vs head ${headCommit.slice(0, 12)}${headDirty ? " (with uncommitted changes)" : ""}: ${rounds} rounds, the first ${warm} dropped`);
// Fresh articles: each round's copies differ only in the letters changed, so their size in
// UTF-8 is about the same; the first round's gives MB/s.
const articleBytes = freshArticles().reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
const results = {
  "seeds repeated, 4 MB as one text": compare("seeds repeated, 4 MB as one text", () => [corpus], Buffer.byteLength(corpus, "utf8")),
  "fresh articles one at a time": compare("fresh articles one at a time", freshArticles, articleBytes),
};

if (!values["no-record"]) {
  const path = writeRecord("entities-compare", { base: baseCommit, head: headCommit, headDirty, rounds, warm, results });
  console.log(`record: ${path}`);
}
