// Worker thread entry of @qalam/pipeline/node: builds the pipeline once, then
// runs one document per message and posts the result back with its sequence number.
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { toJsonlLine } from "../jsonl.js";
import { encodeJsonlLine } from "./jsonl-result.js";
import { StageError } from "../pipeline.js";
import { loadPipeline } from "./load-pipeline.js";
import type { QalamDoc } from "../types.js";
import { RingWriter } from "./line-ring.js";
import type { ResultMessage, TaskMessage, WorkerStart } from "./protocol.js";
import { encodeDoc } from "./transfer.js";

const port = parentPort!;
const start = workerData as WorkerStart;
const ring = new RingWriter(start.ring);
const post = (message: ResultMessage): void => port.postMessage(message);
// A JSONL line goes as UTF-8 bytes, so the main thread neither copies nor encodes it (it writes
// bytes), which keeps its share of the two cores small: in the shared ring when it has room,
// else in a buffer of its own that is transferred.
const postJsonl = (seq: number, doc: QalamDoc): void => {
  const line = toJsonlLine(doc);
  const slice = ring.write(line);
  if (slice !== undefined) {
    post({ type: "done-jsonl", seq, slice, id: doc.id, messages: doc.messages });
    return;
  }
  const bytes = encodeJsonlLine(line);
  port.postMessage({ type: "done-jsonl", seq, bytes, id: doc.id, messages: doc.messages } satisfies ResultMessage, [bytes.buffer]);
};

loadPipeline(start.source).then(
  (p) => {
    port.on("message", (task: TaskMessage | { type: "memory"; seq: number }) => {
      if ("type" in task) {
        const heap = getHeapStatistics();
        port.postMessage({ type: "memory", seq: task.seq, memory: { heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size } });
        return;
      }
      p.run(task.input, { strict: task.strict }).then(
        (doc) =>
          task.jsonl
            ? postJsonl(task.seq, doc)
            : post({ type: "done", seq: task.seq, doc: encodeDoc(doc) }),
        (error: unknown) => {
          if (error instanceof StageError) {
            const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
            post({ type: "failed", seq: task.seq, message: error.message, stage: error.stage, docId: error.docId, causeMessage: cause });
          } else {
            post({ type: "failed", seq: task.seq, message: error instanceof Error ? error.message : String(error) });
          }
        },
      );
    });
    post({ type: "ready" });
  },
  (error: unknown) => post({ type: "init-error", message: error instanceof Error ? error.message : String(error) }),
);
