// Throughput of @qalam/entities (the BUILT package: `pnpm --filter @qalam/entities... build`
// first): tagEntities with the built-in gazetteer, and a tagger with 100,000 generated extra
// entries (its construction time and memory too), on a corpus made by repeating the seed
// articles; the built-in tagger also on copies with changed words (fresh vocabulary), as one
// text, as one article at a time and as one sentence at a time, each pass on texts of its own
// (see freshPasses).
// Prints MB/s of UTF-8 input (median of several runs) and writes a record to
// tests/bench/records/entities-<date>-<cpu>-node<version>.json.
// Usage: node --expose-gc tests/bench/entities.mjs [--mb 4] [--runs 5] [--extra 100000] [--no-record]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import assert from "node:assert/strict";
import { createTagger, tagEntities } from "../../packages/entities/dist/index.js";
import { wordChanger } from "./changed-words.mjs";

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "4" },
    runs: { type: "string", default: "5" },
    extra: { type: "string", default: "100000" },
    "no-record": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const extraCount = Number(values.extra);
const collect = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

// ---- corpus -------------------------------------------------------------------------------
const articlesDir = fileURLToPath(new URL("../../apps/demo/articles/", import.meta.url));
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(articlesDir + name, "utf8"));
const unit = articles.join("\n\n") + "\n\n";
const corpus = unit.repeat(Math.ceil((Number(values.mb) * 1e6) / Buffer.byteLength(unit, "utf8")));
corpus.charCodeAt(corpus.length >> 1); // flatten the rope before timing
const corpusBytes = Buffer.byteLength(corpus, "utf8");

// ---- 100k generated entries ---------------------------------------------------------------
// Deterministic made-up names in both scripts (a small LCG, no Math.random), shaped like
// real ones: 2–3 syllables, Latin and an Arabic transliteration, with a two-word variant.
let seed = 20261125;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const latin = ["ka", "lo", "mi", "ran", "tek", "vor", "zen", "qui", "dax", "bel", "nor", "syl", "tra", "xo", "pex", "jun"];
const arabic = ["كا", "لو", "مي", "ران", "تيك", "فور", "زين", "كوي", "داكس", "بيل", "نور", "سيل", "ترا", "زو", "بكس", "جون"];
const types = ["ORG", "PRODUCT", "PERSON", "LOCATION"];
function generated(count) {
  const entries = [];
  for (let i = 0; i < count; i++) {
    let en = "Zy";
    let ar = "زاي";
    const syllables = 2 + Math.floor(next() * 2);
    for (let s = 0; s < syllables; s++) {
      const k = Math.floor(next() * latin.length);
      en += latin[k];
      ar += arabic[k];
    }
    // a unique tail: the index in base 16, one syllable per digit, in both scripts
    for (const digit of i.toString(16)) {
      const k = parseInt(digit, 16);
      en += latin[k];
      ar += arabic[k];
    }
    const type = types[i % types.length];
    const name = en[0].toUpperCase() + en.slice(1);
    const names = type === "PERSON" ? { en: [`Zyla ${name}`], ar: [`زايلا ${ar}`] } : { en: [name, `${name} Group`], ar: [ar] };
    entries.push({ id: `${type.toLowerCase()}:gen-${i}`, type, canonical: names.en[0], names });
  }
  return entries;
}
const extra = generated(extraCount);

// ---- the same size without repeated vocabulary ---------------------------------------------
// Repeating the seed articles repeats their words: from the second copy on, every word has
// been seen, which flatters anything that works once per distinct word. Real news keeps
// bringing new words, so the built-in tagger is also timed on copies in which about a third of
// the Arabic words of four letters or more have one letter changed (deterministic, the length
// kept): roughly the share of distinct words of real text, printed beside the figure.
/** `text` with about a third of its Arabic words of 4+ letters changed by one letter. */
const changeWords = wordChanger(next);
/** A text of the corpus's size made of changed copies of the seeds. */
function freshText() {
  const text = Array.from({ length: Math.ceil(corpus.length / unit.length) }, () => changeWords(unit))
    .join("")
    .slice(0, corpus.length);
  text.charCodeAt(text.length >> 1);
  return text;
}
// The way the pipeline and the demo use a tagger: one article at a time, each article new
// (the seed articles with words changed as above, a different copy each time).
function freshArticles() {
  const list = [];
  for (let bytes = 0; bytes < corpusBytes; ) {
    for (const article of articles) {
      list.push(changeWords(article));
      bytes += Buffer.byteLength(list.at(-1), "utf8");
    }
  }
  return list;
}
// A tagger keeps a vocabulary of the words it has met from one text to the next, so a text
// it has already tagged goes faster the second time. Each pass of a fresh-vocabulary row
// (and its warm-up) therefore gets texts of its own: the changed words are new to the
// tagger, the common ones it has met, as in a process that tags a stream of news.
const freshPasses = Array.from({ length: runs + 1 }, () => [freshText()]);
const articlePasses = Array.from({ length: runs + 1 }, freshArticles);
// Short texts (a chat message, a headline, a line of a file): the changed articles cut
// after each sentence end and line break, tagged one sentence at a time. What a call costs
// whatever its length weighs most here.
const toSentences = (text) => text.split(/(?<=[.!?؟])\s+|\n+/u).filter((sentence) => sentence.trim() !== "");
const sentencePasses = Array.from({ length: runs + 1 }, () => freshArticles().flatMap(toSentences));
/** Distinct words / words of a text, per tagging chunk of about 1 MB (what a chunk sees). */
function distinctShare(text) {
  const words = text.slice(0, 1 << 20).split(/[\s\p{P}]+/u).filter(Boolean);
  return +(new Set(words).size / words.length).toFixed(3);
}

// ---- outputs checked before timing --------------------------------------------------------
const sample = "استثمرت مايكروسوفت 13.75 مليار دولار في OpenAI، وقال سام ألتمان لـ Bloomberg";
const expected = tagEntities(sample).map((e) => `${e.text}/${e.type}/${e.id ?? ""}`);
assert.deepEqual(expected, [
  "مايكروسوفت/ORG/org:microsoft",
  "13.75 مليار دولار/MONEY/",
  "OpenAI/ORG/org:openai",
  "سام ألتمان/PERSON/person:sam-altman",
  "Bloomberg/ORG/org:bloomberg",
]);

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function memory() {
  collect();
  const m = process.memoryUsage();
  return { heapUsedMB: +(m.heapUsed / 1e6).toFixed(1), rssMB: +(m.rss / 1e6).toFixed(1) };
}
function time(fn) {
  const t0 = performance.now();
  const out = fn();
  return [performance.now() - t0, out];
}

/** Builds the taggers (timing and weighing them) and checks them; they are dropped on return. */
function buildAndCheck() {
  const before = memory();
  const builtinBuild = [];
  let builtin;
  for (let i = 0; i < 3; i++) [builtinBuild[i], builtin] = time(() => createTagger());
  const afterBuiltin = memory();
  const bigBuild = [];
  let big;
  for (let i = 0; i < 3; i++) {
    collect();
    [bigBuild[i], big] = time(() => createTagger({ entities: extra }));
  }
  const afterBig = memory();
  assert.equal(big.size, builtin.size + extraCount);
  const probe = `أعلنت ${extra[777].names.ar[0]} شراكة مع ${extra[4242].names.en[0]} اليوم`;
  assert.deepEqual(big.tag(probe).filter((e) => e.id?.includes(":gen-")).map((e) => e.id), [extra[777].id, extra[4242].id]);
  // Both taggers must agree on the corpus (the made-up names never occur in it).
  const one = builtin.tag(unit);
  assert.deepEqual(big.tag(unit), one);
  assert.ok(one.length > 250);
  assert.deepEqual(createTagger({ ...namesOnly, entities: extra }).tag(unit), createTagger(namesOnly).tag(unit));
  return {
    builtin: { entries: builtin.size, medianMs: +median(builtinBuild).toFixed(1), heapUsedMB: +(afterBuiltin.heapUsedMB - before.heapUsedMB).toFixed(1) },
    withExtra: { entries: big.size, medianMs: +median(bigBuild).toFixed(1), heapUsedMB: +(afterBig.heapUsedMB - afterBuiltin.heapUsedMB).toFixed(1), rssMB: afterBig.rssMB },
  };
}
const namesOnly = { guess: false, values: false };
const construction = buildAndCheck();

console.log(`corpus: ${(corpusBytes / 1e6).toFixed(1)} MB UTF-8 (${corpus.length} UTF-16 units), ${runs} runs each, median; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
// Wall time and this process's CPU time (user + system) are both reported: on a shared
// machine the CPU-time figure is the steadier one. Each tagger is built just before it is
// timed and dropped after, so the heap holds one tagger, as a user's process would: with all
// four alive (~750 MB of heap), a marking cycle of the whole heap sometimes fell inside a
// timed run and made it up to 2x slower, CPU time far above wall time.
//
// The repeated seeds are the same text each pass (their ~1,100 words per 1 MB chunk are
// worked out in the first chunk anyway). "New tagger" times a tagger built (untimed) just
// before each pass: text met by a tagger for the first time, with its vocabulary to build.
/**
 * Medians of `runs` timed passes of a tagger built from `options`: pass r tags the texts
 * `passes[r + 1]` one after the other (`passes[0]` is the untimed warm-up); the same tagger
 * each pass, or with `newTagger` a new one.
 */
function timeTagger(options, passes = [[corpus]], newTagger = false) {
  const textsOf = (r) => passes[Math.min(r, passes.length - 1)];
  let tagger = createTagger(options);
  for (const text of textsOf(0)) tagger.tag(text); // warm-up: one whole untimed pass (JIT and GC heuristics settle)
  const wall = [];
  const cpu = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    if (newTagger) tagger = createTagger(options);
    const texts = textsOf(r + 1);
    const c0 = process.cpuUsage();
    const [ms, found] = time(() => {
      let n = 0;
      for (const text of texts) n += tagger.tag(text).length;
      return n;
    });
    const c = process.cpuUsage(c0);
    wall.push(ms);
    cpu.push((c.user + c.system) / 1000);
    count = found;
  }
  const ms = median(wall);
  const cpuMs = median(cpu);
  const bytes = textsOf(1).reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
  return {
    texts: textsOf(1).length,
    microsecondsPerText: +((ms * 1000) / textsOf(1).length).toFixed(1),
    medianMs: +ms.toFixed(1),
    mbPerSecond: +(bytes / 1e6 / (ms / 1000)).toFixed(2),
    medianCpuMs: +cpuMs.toFixed(1),
    mbPerCpuSecond: +(bytes / 1e6 / (cpuMs / 1000)).toFixed(2),
    entities: count,
  };
}
const results = {};
const share = { repeated: distinctShare(corpus), fresh: distinctShare(freshPasses[0][0]) };
for (const [name, options, texts, newTagger] of [
  ["built-in gazetteer", {}],
  [`built-in + ${extraCount} entries`, { entities: extra }],
  ["built-in, names only", namesOnly],
  [`built-in + ${extraCount}, names only`, { ...namesOnly, entities: extra }],
  ["built-in gazetteer, fresh words", {}, freshPasses],
  ["built-in, fresh words, new tagger", {}, freshPasses, true],
  ["built-in, articles one at a time", {}, articlePasses],
  ["built-in, sentences one at a time", {}, sentencePasses],
]) {
  collect();
  results[name] = timeTagger(options, texts, newTagger);
  console.log(
    `  ${name.padEnd(34)} ${results[name].mbPerSecond.toString().padStart(7)} MB/s wall  ${results[name].mbPerCpuSecond.toString().padStart(7)} MB/s CPU  (${results[name].entities} entities` +
      (results[name].texts > 1 ? `; ${results[name].texts} texts, ${results[name].microsecondsPerText} µs each)` : ")"),
  );
}

console.log(`  distinct words per 1 MB chunk: ${share.repeated} of the words repeated, ${share.fresh} fresh`);
console.log(`  construction: built-in ${construction.builtin.entries} entries in ${construction.builtin.medianMs} ms; +${extraCount} in ${construction.withExtra.medianMs} ms, +${construction.withExtra.heapUsedMB} MB heap, RSS ${construction.withExtra.rssMB} MB`);
const ratio = results[`built-in + ${extraCount} entries`].mbPerCpuSecond / results["built-in gazetteer"].mbPerCpuSecond;
const ratioNames = results[`built-in + ${extraCount}, names only`].mbPerCpuSecond / results["built-in, names only"].mbPerCpuSecond;
console.log(`  ${extraCount}/built-in throughput ratio (CPU): full ${ratio.toFixed(2)}, names only ${ratioNames.toFixed(2)}`);

if (!values["no-record"]) {
  const model = (cpus()[0]?.model ?? "cpu").toLowerCase().split("@")[0];
  const cpu = model.replace(/\((?:r|tm)\)|cpu/gu, " ").split(/[^a-z0-9]+/u).filter(Boolean).join("-");
  const date = new Date().toISOString().slice(0, 10);
  const dir = fileURLToPath(new URL("./records/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  // A second record of the same day gets a number: earlier records stay as they were.
  let file = `${dir}entities-${date}-${cpu}-node${process.versions.node}.json`;
  for (let n = 2; existsSync(file); n++) file = `${dir}entities-${date}-${n}-${cpu}-node${process.versions.node}.json`;
  const record = {
    benchmark: "entities",
    date: new Date().toISOString(),
    node: process.versions.node,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    loadAverage: loadavg(),
    corpusMB: +(corpusBytes / 1e6).toFixed(2),
    runs,
    results,
    construction,
    distinctWordShare: share,
    ratio100kToBuiltin: +ratio.toFixed(3),
    ratio100kToBuiltinNamesOnly: +ratioNames.toFixed(3),
  };
  writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  console.log(`record: ${file}`);
}
