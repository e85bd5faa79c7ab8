import type { DocInput, Message, QalamDoc, StageSpec } from "../types.js";

/** How a worker gets its pipeline: the built-in stage specs, or a module that exports one. */
export type WorkerPipelineSource = { spec: readonly StageSpec[] } | { module: string; exportName: string };

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
  /** `bytes`: the UTF-8 JSONL line, its buffer transferred (not copied) to the main thread. */
  | { type: "done-jsonl"; seq: number; bytes: Uint8Array; id?: string | number; messages: Message[] }
  | { type: "failed"; seq: number; message: string; stage?: string; docId?: string | number; causeMessage?: string };
