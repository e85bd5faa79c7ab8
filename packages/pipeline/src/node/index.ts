import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { toJsonlLine } from "../jsonl.js";
import { mapOrdered } from "../ordered.js";
import type { DocInput, Pipeline, QalamDoc, RunAllOptions } from "../types.js";
import { isPipeline, loadPipeline } from "./load-pipeline.js";
import { createWorkerPool, type WorkerPool, type WorkerPoolOptions } from "./pool.js";
import { jsonlResultFromLine, type JsonlResult } from "./jsonl-result.js";
import type { WorkerPipelineSource } from "./protocol.js";

export { createWorkerPool, DEFAULT_WORKER_RESOURCE_LIMITS } from "./pool.js";
export type { WorkerPool, WorkerMemory, WorkerPoolOptions } from "./pool.js";
export type { JsonlResult } from "./jsonl-result.js";

/**
 * Where workers get their pipeline: a pipeline made only of built-in stages
 * (it is rebuilt from `pipeline.spec`), or a module URL/path that exports a
 * pipeline or an array of stages (for custom stages, which cannot be sent to a thread).
 */
export type PipelineSource = Pipeline | { module: string | URL; export?: string };

/**
 * Default documents in flight per worker thread (`concurrency = workers × this`). Output is in
 * input order, so a document at the head holds back the results behind it, and a worker whose
 * queue runs dry waits for the main thread: with two per worker, workers sat idle 2–4 s over
 * 3,754 documents on a busy machine, 0.4–1.9 s with four or eight. Each one in flight also holds
 * its input and its serialized output in memory, so no more than that.
 */
export const DOCUMENTS_IN_FLIGHT_PER_WORKER = 4;

/** Options of the Node `runAll`. */
export interface NodeRunAllOptions extends RunAllOptions, WorkerPoolOptions {
  /** Worker threads; 0 or absent runs in this thread. */
  workers?: number;
}

/**
 * `runAll` that can spread documents over worker threads. Output is in input
 * order and identical to the in-process `pipeline.runAll`; at most `concurrency`
 * documents (default: {@link DOCUMENTS_IN_FLIGHT_PER_WORKER} per worker, so none waits idle)
 * are in flight or read ahead. The workers stop when the iteration ends, fails or is abandoned.
 *
 * @example
 * import { pipeline, stages } from "@qalam/pipeline";
 * import { runAll } from "@qalam/pipeline/node";
 * const p = pipeline(stages.normalize("search"), stages.tagEntities());
 * for await (const doc of runAll(p, docs, { workers: 2 })) console.log(doc.entities.length);
 */
export async function* runAll(
  source: PipelineSource,
  input: Iterable<DocInput> | AsyncIterable<DocInput>,
  options: NodeRunAllOptions = {},
): AsyncGenerator<QalamDoc, void, undefined> {
  const workers = checkRunArguments("runAll", input, options);
  if (workers === 0) {
    const p = isPipeline(source) ? source : await loadPipeline(toWorkerSource(source));
    yield* p.runAll(input, options);
    return;
  }
  yield* throughPool(source, input, options, workers, (pool, item, strict) => pool.run(item, { strict }));
}

/**
 * Like `runAll`, but yields each document already serialized as a JSONL line,
 * as a string (`line`) and as UTF-8 (`bytes`), with its `id` and `messages`
 * alongside. With workers the serialization and encoding happen in the worker
 * threads, so the main thread only writes bytes: use it when the output is
 * JSONL anyway. Call `release()` on each result once written: the worker then
 * reuses the memory of its bytes (kept results stay valid, at the cost of a
 * new buffer per line).
 */
export async function* runAllJsonl(
  source: PipelineSource,
  input: Iterable<DocInput> | AsyncIterable<DocInput>,
  options: NodeRunAllOptions = {},
): AsyncGenerator<JsonlResult, void, undefined> {
  const workers = checkRunArguments("runAllJsonl", input, options);
  if (workers === 0) {
    for await (const doc of runAll(source, input, options)) yield jsonlResultFromLine(toJsonlLine(doc), doc.id, doc.messages);
    return;
  }
  yield* throughPool(source, input, options, workers, (pool, item, strict) => pool.runJsonl(item, { strict }));
}

/** Throws the TypeError, naming the function and argument, for a bad `input` or `options.workers`; returns the worker count. */
function checkRunArguments(fn: string, input: unknown, options: NodeRunAllOptions): number {
  const workers = options.workers ?? 0;
  if (!Number.isInteger(workers) || workers < 0) throw new TypeError(`${fn}: \`options.workers\` must be a non-negative integer`);
  if (typeof input === "string") throw new TypeError(`${fn}: \`input\` must be an iterable of documents, not a string`);
  return workers;
}

/** Sends every input through a new pool of `workers` threads, in input order, and closes the pool. */
async function* throughPool<T>(
  source: PipelineSource,
  input: Iterable<DocInput> | AsyncIterable<DocInput>,
  options: NodeRunAllOptions,
  workers: number,
  submit: (pool: WorkerPool, item: DocInput, strict: boolean) => Promise<T>,
): AsyncGenerator<T, void, undefined> {
  const pool = await createWorkerPool(toWorkerSource(source), workers, { resourceLimits: options.resourceLimits });
  try {
    yield* mapOrdered(input, (item) => submit(pool, item, options.strict ?? false), {
      concurrency: options.concurrency ?? workers * DOCUMENTS_IN_FLIGHT_PER_WORKER,
      signal: options.signal,
    });
  } finally {
    await pool.close();
  }
}

/** The serializable description a worker rebuilds the pipeline from. */
export function toWorkerSource(source: PipelineSource): WorkerPipelineSource {
  if (isPipeline(source)) {
    if (source.spec === undefined) {
      throw new TypeError(
        "runAll: this pipeline has custom stages, which cannot be sent to worker threads; " +
          "pass { module } naming a module that exports the pipeline instead",
      );
    }
    return { spec: source.spec };
  }
  if (source !== null && typeof source === "object" && "module" in source) {
    // Workers resolve specifiers relative to their own file: hand them absolute URLs.
    const given = source.module instanceof URL ? source.module.href : source.module;
    const module = isAbsolute(given) ? pathToFileURL(given).href : given;
    return { module, exportName: source.export ?? "default" };
  }
  throw new TypeError("runAll: `source` must be a pipeline or { module, export? }");
}
