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

/** A document serialized in the worker, with what a caller needs without parsing it back. */
export interface JsonlResult {
  /** `toJsonlLine(doc)`: the document as one JSON line ending in "\n". */
  line: string;
  id?: string | number;
  messages: Message[];
}

export type ResultMessage =
  | { type: "ready" }
  | { type: "init-error"; message: string }
  | { type: "done"; seq: number; doc: QalamDoc }
  | { type: "done-jsonl"; seq: number; result: JsonlResult }
  | { type: "failed"; seq: number; message: string; stage?: string; docId?: string | number; causeMessage?: string };
