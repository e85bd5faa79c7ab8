import type { DocInput, QalamDoc, StageSpec } from "../types.js";

/** How a worker gets its pipeline: the built-in stage specs, or a module that exports one. */
export type WorkerPipelineSource = { spec: readonly StageSpec[] } | { module: string; exportName: string };

export interface TaskMessage {
  seq: number;
  input: DocInput;
  strict: boolean;
}

export type ResultMessage =
  | { type: "ready" }
  | { type: "init-error"; message: string }
  | { type: "done"; seq: number; doc: QalamDoc }
  | { type: "failed"; seq: number; message: string; stage?: string; docId?: string | number; causeMessage?: string };
