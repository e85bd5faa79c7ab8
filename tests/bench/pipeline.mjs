// Throughput of the full qalam chain (normalize → tokenize → tagEntities → extractMetadata →
// extractAttributions → formatCitations, then JSONL serialization) over a JSONL corpus made by
// repeating the seed articles: documents/s, MB/s and peak RSS, in-process vs worker threads.
//
// Usage: node tests/bench/pipeline.mjs [--mb 200] [--runs 3] [--workers 2] [--chain full|normalize] [--no-record]
// `--chain normalize` runs only the normalize stage: a cheap chain that streams a large corpus in
// little time, to show that memory does not grow with the input (the full chain is slow enough
// that 200 MB takes hours on a busy 2-core machine).
//
// Each measurement runs in a fresh child process, because peak RSS (maxRSS) is a high-water
// mark per process. The corpus is written once to a temp file and streamed, never held in
// memory, so RSS must stay flat whatever --mb is. Output is checked equal between the modes
// on a sample before anything is timed. Needs the built packages (`pnpm build`).
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeRecord } from "./record.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "200" },
    runs: { type: "string", default: "3" },
    workers: { type: "string", default: "2" },
    chain: { type: "string", default: "full" },
    "no-record": { type: "boolean", default: false },
    // internal: one measurement in a child process
    child: { type: "string" },
    file: { type: "string" },
    sample: { type: "string" },
  },
});

/**
 * CPU time of the calling thread in ms, from Linux's /proc/thread-self/stat (utime + stime, in
 * clock ticks of 10 ms); null elsewhere. Node 20 has no per-thread CPU clock, and the whole-process
 * figure cannot tell the main thread's work from the workers' and V8's background threads'.
 */
function threadCpuMs() {
  try {
    const fields = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function loadLibraries() {
  const lib = await import("@qalam/pipeline");
  const node = await import("@qalam/pipeline/node");
  return { lib, node };
}

function makePipeline(lib, chain) {
  const { pipeline, stages } = lib;
  if (chain === "normalize") return pipeline(stages.normalize("search"));
  if (chain !== "full") throw new Error(`--chain must be full or normalize, not ${chain}`);
  return pipeline(
    stages.normalize("search"),
    stages.tokenize(),
    stages.tagEntities(),
    stages.extractMetadata(),
    stages.extractAttributions(),
    stages.formatCitations(),
  );
}

/** Child: stream the corpus through the chain, serialize every document, report numbers as JSON. */
async function child(mode, file, sample) {
  const { lib, node } = await loadLibraries();
  const p = makePipeline(lib, values.chain);
  const workers = mode === "inprocess" ? 0 : Number(mode.replace("workers", ""));
  let docs = 0;
  let inputBytes = 0;
  let outputBytes = 0;
  let invalid = 0;
  const sampleLines = [];
  const limit = sample === undefined ? Infinity : Number(sample);
  let read = 0;
  async function* documents() {
    for await (const record of lib.parseJsonl(createReadStream(file))) {
      if (read++ >= limit) return;
      if (lib.isJsonlError(record)) invalid++;
      else yield record.doc;
    }
  }
  // With workers, the pool is used directly so each thread's V8 heap can be sampled
  // (threads share the process, so RSS cannot be told apart per worker).
  const pool = workers === 0 ? undefined : await node.createWorkerPool({ spec: p.spec }, workers);
  const mainThreadPeakMB = { heapTotal: 0, external: 0 };
  const peakWorkerHeapMB = Array.from({ length: workers }, () => 0);
  const sampleHeaps = async () => {
    const memory = await pool.memory();
    memory.forEach((m, i) => (peakWorkerHeapMB[i] = Math.max(peakWorkerHeapMB[i], m.heapTotal / 2 ** 20)));
    // The main thread's own heap, and memory outside it (buffers) still waiting for its GC.
    const main = process.memoryUsage();
    mainThreadPeakMB.heapTotal = Math.max(mainThreadPeakMB.heapTotal, main.heapTotal / 2 ** 20);
    mainThreadPeakMB.external = Math.max(mainThreadPeakMB.external, main.external / 2 ** 20);
  };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const mainCpuBefore = threadCpuMs();
  // Output is JSONL, and what a file or stdout receives is its UTF-8 bytes, so both modes make
  // them: in-process here, with workers in each worker (pool.runJsonl hands them over in a ring of
  // shared memory, or as transferred buffers), so the main thread only moves bytes. Each result
  // is released once "written" (counted), as a writer would, so the worker can reuse its ring.
  const encoder = new TextEncoder();
  const inputBytesOf = (doc) => Buffer.byteLength(doc.text, "utf8");
  const results =
    pool === undefined
      ? lib.mapOrdered(p.runAll(documents(), { concurrency: 4 }), (doc) => ({ output: encoder.encode(lib.toJsonlLine(doc)), input: inputBytesOf(doc) }), { concurrency: 1 })
      : lib.mapOrdered(documents(), async (doc) => ({ result: await pool.runJsonl(doc), input: inputBytesOf(doc) }), {
          concurrency: workers * node.DOCUMENTS_IN_FLIGHT_PER_WORKER,
        });
  for await (const { output = undefined, result = undefined, input } of results) {
    if (pool !== undefined && docs % 500 === 0) await sampleHeaps();
    const bytes = output ?? result.bytes;
    docs++;
    inputBytes += input;
    outputBytes += bytes.byteLength;
    if (sample !== undefined) sampleLines.push(Buffer.from(bytes).toString("utf8"));
    result?.release();
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const processCpuMs = (cpu.user + cpu.system) / 1000;
  const mainThreadCpuMs = mainCpuBefore === null ? null : threadCpuMs() - mainCpuBefore;
  if (pool !== undefined) {
    await sampleHeaps();
    await pool.close();
  }
  const usage = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({ mode, docs, invalid, inputBytes, outputBytes, ms, processCpuMs, mainThreadCpuMs, maxRssMB: usage.maxRSS / 1024, peakWorkerHeapMB, mainThreadPeakMB, sample: sampleLines }) + "\n",
  );
}

function fmtSeconds(ms) {
  return ms === null ? "unknown" : `${(ms / 1000).toFixed(1)} s`;
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Writes the corpus in bounded chunks (the articles repeated, each line one document). */
async function writeCorpus(file, megabytes) {
  const articlesDir = join(here, "../../apps/demo/articles/");
  const articles = readdirSync(articlesDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(articlesDir + f, "utf8"));
  const out = createWriteStream(file);
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let id = 0;
  while (written < target) {
    const line = JSON.stringify({ id: `doc-${id}`, text: articles[id % articles.length] }) + "\n";
    id++;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return { docs: id, bytes: statSync(file).size };
}

function measure(mode, file, sample) {
  const args = [fileURLToPath(import.meta.url), "--child", mode, "--file", file, "--chain", values.chain];
  if (sample !== undefined) args.push("--sample", String(sample));
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28, cwd: here });
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

async function parent() {
  const megabytes = Number(values.mb);
  const runs = Number(values.runs);
  const workerMode = `workers${Number(values.workers)}`;
  const file = join(tmpdir(), `qalam-bench-corpus-${megabytes}mb.jsonl`);
  const corpus = await writeCorpus(file, megabytes);
  console.log(`corpus: ${corpus.docs} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB (${file})`);

  // Equal output before timing: the first 60 documents through both modes.
  const a = measure("inprocess", file, 60);
  const b = measure(workerMode, file, 60);
  if (a.sample.length !== 60 || a.sample.join("") !== b.sample.join("")) throw new Error("in-process and worker outputs differ");
  console.log("check: in-process and worker outputs are identical on 60 documents");

  const rows = {};
  for (const mode of ["inprocess", workerMode]) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const load = loadavg()[0];
      const m = measure(mode, file);
      if (m.docs !== corpus.docs) throw new Error(`${mode}: ${m.docs} documents out of ${corpus.docs}`);
      samples.push({ ...m, sample: undefined, loadBefore: load });
      console.log(
        `${mode} run ${run + 1}: ${(m.docs / (m.ms / 1000)).toFixed(0)} docs/s, ${(corpus.bytes / 1e6 / (m.ms / 1000)).toFixed(2)} MB/s, ` +
          `peak RSS ${m.maxRssMB.toFixed(0)} MB, CPU ${(m.processCpuMs / 1000).toFixed(1)} s (main thread ${m.mainThreadCpuMs === null ? "?" : (m.mainThreadCpuMs / 1000).toFixed(1)} s) ` +
          `(load average before: ${load.toFixed(2)})`,
      );
    }
    rows[mode] = {
      runs: samples.length,
      medianMs: median(samples.map((s) => s.ms)),
      docsPerSecond: median(samples.map((s) => s.docs / (s.ms / 1000))),
      megabytesPerSecond: median(samples.map((s) => corpus.bytes / 1e6 / (s.ms / 1000))),
      medianProcessCpuMs: median(samples.map((s) => s.processCpuMs)),
      medianMainThreadCpuMs: samples.every((s) => s.mainThreadCpuMs !== null) ? median(samples.map((s) => s.mainThreadCpuMs)) : null,
      peakRssMB: Math.max(...samples.map((s) => s.maxRssMB)),
      medianPeakRssMB: median(samples.map((s) => s.maxRssMB)),
      peakWorkerHeapMB: samples[0].peakWorkerHeapMB.map((_, i) => Math.max(...samples.map((s) => s.peakWorkerHeapMB[i]))),
      mainThreadPeakMB: workerMode === mode ? { heapTotal: Math.max(...samples.map((s) => s.mainThreadPeakMB.heapTotal)), external: Math.max(...samples.map((s) => s.mainThreadPeakMB.external)) } : undefined,
      loadAverageBefore: samples.map((s) => Number(s.loadBefore.toFixed(2))),
    };
  }
  const speedup = rows.inprocess.medianMs / rows[workerMode].medianMs;
  console.log(
    `median: in-process ${rows.inprocess.docsPerSecond.toFixed(0)} docs/s ${rows.inprocess.megabytesPerSecond.toFixed(2)} MB/s, ` +
      `${workerMode} ${rows[workerMode].docsPerSecond.toFixed(0)} docs/s ${rows[workerMode].megabytesPerSecond.toFixed(2)} MB/s; ` +
      `speed-up ${speedup.toFixed(2)}× (target ≥ 1.6× on 2 free cores); peak RSS ${rows.inprocess.peakRssMB.toFixed(0)} / ${rows[workerMode].peakRssMB.toFixed(0)} MB (target < 300)`,
  );
  // What two cores can give at best, from CPU times (so a busy machine does not blur it): on idle
  // cores the in-process run lasts as long as its main thread works, since V8's background JIT/GC
  // threads have the second core to themselves; the worker run cannot finish before its whole CPU
  // time (workers, main thread and background threads) spread evenly over both cores.
  const cores = 2;
  const inProcessCriticalMs = rows.inprocess.medianMainThreadCpuMs ?? rows.inprocess.medianMs;
  const ceiling = inProcessCriticalMs / (rows[workerMode].medianProcessCpuMs / cores);
  console.log(
    `CPU: in-process ${(rows.inprocess.medianProcessCpuMs / 1000).toFixed(1)} s (main thread ${fmtSeconds(rows.inprocess.medianMainThreadCpuMs)}), ` +
      `${workerMode} ${(rows[workerMode].medianProcessCpuMs / 1000).toFixed(1)} s (main thread ${fmtSeconds(rows[workerMode].medianMainThreadCpuMs)}); ` +
      `ceiling on ${cores} cores ${ceiling.toFixed(2)}×`,
  );
  rmSync(file, { force: true });
  if (!values["no-record"]) {
    const record = {
      corpus: { megabytes, documents: corpus.docs, bytes: corpus.bytes },
      chain:
        values.chain === "full"
          ? "normalize(search) → tokenize → tagEntities → extractMetadata → extractAttributions → formatCitations(apa,chicago × ar,en) → JSONL as UTF-8 bytes"
          : "normalize(search) → JSONL",
      rows,
      speedup,
      cpuCeilingSpeedup: ceiling,
      note: "Machine shared with other processes during the run; see loadAverageBefore. Speed-up needs 2 otherwise idle cores.",
    };
    const chainTag = values.chain === "full" ? "" : `-${values.chain}`;
    console.log(`record: ${writeRecord(`pipeline-${megabytes}mb${chainTag}`, record)}`);
  }
}

if (values.child !== undefined) await child(values.child, values.file, values.sample);
else await parent();
