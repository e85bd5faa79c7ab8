export { pipeline, createDoc, StageError } from "./pipeline.js";
export { stages, pipelineFromSpec } from "./stages.js";
export type { TokenizeStageOptions, FormatCitationsOptions } from "./stages.js";
export { findBidiControls, BIDI_CONTROL_RULE } from "./bidi.js";
export { mapOrdered } from "./ordered.js";
export type { MapOrderedOptions } from "./ordered.js";
export { parseJsonl, parseJsonlLine, splitLines, toJsonl, toJsonlLine, isJsonlError } from "./jsonl.js";
export type { JsonlRecord, JsonlDocRecord, JsonlErrorRecord, JsonlChunks } from "./jsonl.js";
export { fromReadableStream, toReadableStream, jsonlTransform } from "./streams.js";
export type { JsonlTransformOptions } from "./streams.js";
export type {
  QalamDoc,
  DocInput,
  Message,
  Span,
  NormalizedText,
  Citation,
  Token,
  Attribution,
  Stage,
  StageSpec,
  BuiltinStageName,
  Pipeline,
  RunOptions,
  RunAllOptions,
} from "./types.js";
