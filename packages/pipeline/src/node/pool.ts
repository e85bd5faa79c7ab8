import { Worker, type ResourceLimits } from "node:worker_threads";
import { StageError } from "../pipeline.js";
import type { DocInput, QalamDoc } from "../types.js";
import { jsonlResultFromBytes, type JsonlResult } from "./jsonl-result.js";
import { createRingBuffers, RingReader } from "./line-ring.js";
import type { ResultMessage, TaskMessage, WorkerPipelineSource, WorkerStart } from "./protocol.js";
import { decodeDoc } from "./transfer.js";

// Set by tsup per output format ("js" for ESM, "cjs" for CommonJS), so each build
// starts the worker script of its own format.
declare const __QALAM_WORKER_EXT__: string;

/** Memory of one worker thread's V8 isolate, in bytes (RSS is per process, shared by all threads). */
export interface WorkerMemory {
  heapUsed: number;
  heapTotal: number;
  peakHeapTotal: number;
}

/**
 * V8 limits each worker starts with, measured on the 200 MB benchmark (peak RSS, two workers):
 * - the young generation at 24 MB instead of V8's 48: 20–40 MB less; 12–16 MB made objects reach
 *   the old generation sooner and grow it instead;
 * - the old generation capped at 1,536 MB instead of the machine's heap limit (4 GB here): below
 *   2 GB, V8 lets the heap grow to at most 1.8× what survived the last full collection instead of
 *   4×, so idle workers peaked at 40–60 MB of heap instead of up to 100 each (RSS 234–247 MB vs
 *   264–322). It still holds a document of several million characters (4 M took 0.8 GB).
 */
export const DEFAULT_WORKER_RESOURCE_LIMITS: Readonly<ResourceLimits> = Object.freeze({ maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1536 });

/** Options of {@link createWorkerPool}. */
export interface WorkerPoolOptions {
  /** V8 limits of each worker, over {@link DEFAULT_WORKER_RESOURCE_LIMITS}; see Node's `Worker` `resourceLimits`. */
  resourceLimits?: ResourceLimits;
}

/** A fixed set of worker threads running one pipeline. */
export interface WorkerPool {
  /** Runs one document on the least busy worker. */
  run(input: DocInput, options?: { strict?: boolean }): Promise<QalamDoc>;
  /**
   * Runs one document and serializes it in the worker: the main thread gets the
   * line's UTF-8 bytes to write instead of an object graph to rebuild, which
   * matters when the output is JSONL anyway. Call the result's `release()` once
   * its bytes are written, so the worker can reuse their memory.
   */
  runJsonl(input: DocInput, options?: { strict?: boolean }): Promise<JsonlResult>;
  /** Heap figures of each worker still running. */
  memory(): Promise<WorkerMemory[]>;
  /** Stops the workers; pending runs reject. */
  close(): Promise<void>;
  readonly size: number;
}

interface Pending {
  task: TaskMessage;
  resolve: (value: QalamDoc | JsonlResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Why this slot can take no more documents (its worker stopped and could not be replaced). */
  broken?: Error;
  ring: RingReader;
  /** Documents sent to this worker and not answered yet, oldest first (a Map keeps insertion order). */
  pending: Map<number, Pending>;
  peakHeapTotal: number;
}

/**
 * Starts `size` worker threads that each build the pipeline described by
 * `source`, and resolves when all are ready.
 */
export async function createWorkerPool(source: WorkerPipelineSource, size: number, options: WorkerPoolOptions = {}): Promise<WorkerPool> {
  if (!Number.isInteger(size) || size < 1) throw new TypeError("createWorkerPool: `size` must be a positive integer");
  if (options.resourceLimits !== undefined && (options.resourceLimits === null || typeof options.resourceLimits !== "object")) {
    throw new TypeError("createWorkerPool: `options.resourceLimits` must be an object");
  }
  const resourceLimits = { ...DEFAULT_WORKER_RESOURCE_LIMITS, ...options.resourceLimits };
  const workerUrl = new URL(`./worker.${__QALAM_WORKER_EXT__}`, import.meta.url);
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;
  const memoryWaiters = new Map<number, (memory: WorkerMemory) => void>();

  /** Starts the worker of slot `index` (again, after a crash); resolves when its pipeline is built. */
  const spawn = (index: number): Promise<void> => {
    const ring = createRingBuffers();
    const start: WorkerStart = { source, ring };
    const worker = new Worker(workerUrl, { workerData: start, resourceLimits });
    const slot: Slot = { worker, ring: new RingReader(ring), pending: new Map(), peakHeapTotal: slots[index]?.peakHeapTotal ?? 0 };
    slots[index] = slot;
    let started = false;
    let crash: Error | undefined;
    return new Promise<void>((resolve, reject) => {
      worker.on("message", (message: ResultMessage | { type: "memory"; seq: number; memory: Omit<WorkerMemory, "peakHeapTotal"> }) => {
        switch (message.type) {
          case "ready":
            started = true;
            resolve();
            break;
          case "init-error":
            reject(new Error(`worker could not build the pipeline: ${message.message}`));
            break;
          case "done": {
            const task = slot.pending.get(message.seq);
            slot.pending.delete(message.seq);
            task?.resolve(decodeDoc(message.doc));
            break;
          }
          case "done-jsonl": {
            const task = slot.pending.get(message.seq);
            slot.pending.delete(message.seq);
            if (message.slice === undefined) task?.resolve(jsonlResultFromBytes(message.bytes!, message.id, message.messages));
            else {
              const { bytes, release } = slot.ring.take(message.slice);
              if (task === undefined) release();
              else task.resolve(jsonlResultFromBytes(bytes, message.id, message.messages, release));
            }
            break;
          }
          case "failed": {
            const task = slot.pending.get(message.seq);
            slot.pending.delete(message.seq);
            task?.reject(
              message.stage === undefined
                ? new Error(message.message)
                : new StageError(message.stage, message.docId, { cause: new Error(message.causeMessage) }),
            );
            break;
          }
          case "memory": {
            slot.peakHeapTotal = Math.max(slot.peakHeapTotal, message.memory.heapTotal);
            memoryWaiters.get(message.seq)?.({ ...message.memory, peakHeapTotal: slot.peakHeapTotal });
            memoryWaiters.delete(message.seq);
            break;
          }
        }
      });
      worker.on("error", (error) => (crash = error));
      worker.on("exit", (code) => {
        if (closed) return;
        const error = crashError(crash, code);
        reject(error);
        const stranded = [...slot.pending.values()];
        slot.pending.clear();
        if (!started) {
          // One that never got ready is not replaced, since it would stop again.
          slot.broken = error;
          for (const entry of stranded) entry.reject(error);
          return;
        }
        // A worker that stopped on a document (out of memory, say) is replaced. Its oldest
        // document is the one it was running (a worker takes them in order): that one fails; the
        // ones queued behind it never started, and go to a worker again. Each stop settles a
        // document, so this cannot loop.
        spawn(index).catch((respawnError: unknown) => {
          const replacement = slots[index]!;
          replacement.broken = respawnError instanceof Error ? respawnError : new Error(String(respawnError));
          for (const entry of replacement.pending.values()) entry.reject(replacement.broken);
          replacement.pending.clear();
        });
        stranded[0]?.reject(error);
        for (const entry of stranded.slice(1)) dispatch(entry);
      });
    });
  };
  const ready = Array.from({ length: size }, (_, index) => spawn(index));

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    for (const slot of slots) {
      for (const task of slot.pending.values()) task.reject(new Error("worker pool closed"));
      slot.pending.clear();
    }
  };

  function submit(input: DocInput, strict: boolean, jsonl: boolean): Promise<QalamDoc | JsonlResult> {
    if (closed) return Promise.reject(new Error("worker pool closed"));
    const task: TaskMessage = { seq: seq++, input, strict, jsonl };
    return new Promise((resolve, reject) => dispatch({ task, resolve, reject }));
  }

  /** Sends a document to the least busy worker: documents vary in length, so round-robin would leave one idle. */
  function dispatch(entry: Pending): void {
    let slot: Slot | undefined;
    for (const candidate of slots) if (!candidate.broken && (slot === undefined || candidate.pending.size < slot.pending.size)) slot = candidate;
    if (slot === undefined) {
      entry.reject(new Error("every worker thread has stopped", { cause: slots[0]?.broken }));
      return;
    }
    slot.pending.set(entry.task.seq, entry);
    slot.worker.postMessage(entry.task);
  }

  try {
    await Promise.all(ready);
  } catch (error) {
    await close();
    throw error;
  }

  return Object.freeze({
    size,
    run(input: DocInput, options: { strict?: boolean } = {}): Promise<QalamDoc> {
      return submit(input, options.strict ?? false, false) as Promise<QalamDoc>;
    },
    runJsonl(input: DocInput, options: { strict?: boolean } = {}): Promise<JsonlResult> {
      return submit(input, options.strict ?? false, true) as Promise<JsonlResult>;
    },
    memory(): Promise<WorkerMemory[]> {
      return Promise.all(
        slots.filter((slot) => !slot.broken).map(
          (slot) =>
            new Promise<WorkerMemory>((resolve) => {
              const id = seq++;
              memoryWaiters.set(id, resolve);
              slot.worker.postMessage({ type: "memory", seq: id });
            }),
        ),
      );
    },
    close,
  });
}

/** The error documents in flight on a worker that stopped get. */
function crashError(crash: Error | undefined, exitCode: number): Error {
  if (crash === undefined) return new Error(`worker thread exited unexpectedly with code ${exitCode}`);
  const outOfMemory = (crash as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
  const hint = outOfMemory ? " (a document this large needs higher `resourceLimits`, or running in this thread)" : "";
  return new Error(`worker thread stopped: ${crash.message}${hint}`, { cause: crash });
}
