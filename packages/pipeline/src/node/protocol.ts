import type { DocInput, Message, QalamDoc, StageSpec } from "../types.js";
import type { RingBuffers, RingSlice } from "./line-ring.js";

/** How a worker gets its pipeline: the built-in stage specs, or a module that exports one. */
export type WorkerPipelineSource = { spec: readonly StageSpec[] } | { module: string; exportName: string };

/** What a worker starts with. */
export interface WorkerStart {
  source: WorkerPipelineSource;
  /** The ring its JSONL lines go through. */
  ring: RingBuffers;
}

export interface TaskMessage {
  seq: number;
  input: DocInput;
  strict: boolean;
  /** Send back the JSONL line instead of the document (serializing in the worker saves the main thread). */
  jsonl: boolean;
}

export type ResultMessage =
  | { type: "ready" }
  | { type: "init-error"; message: string }
  | { type: "done"; seq: number; doc: QalamDoc }
  /**
   * The UTF-8 JSONL line: where it lies in the worker's ring, or, when the ring had no room,
   * `bytes` whose buffer is transferred (not copied) to the main thread.
   */
  | { type: "done-jsonl"; seq: number; slice?: RingSlice; bytes?: Uint8Array; id?: string | number; messages: Message[] }
  | { type: "failed"; seq: number; message: string; stage?: string; docId?: string | number; causeMessage?: string };
