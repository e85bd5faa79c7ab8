import type { Edits } from "@qalam/normalize";
import type { Entity } from "@qalam/entities";
import type { CslItem, extractAttributions } from "@qalam/cite";
import type { tokenize } from "@qalam/tokenize";

/**
 * A diagnostic attached to a document: what rule fired, why, where (UTF-16
 * offsets into the ORIGINAL text, end exclusive) and in which stage.
 * Problems are reported this way instead of thrown, so a batch keeps going.
 */
export interface Message {
  /** Stable rule id, e.g. "bidi-control", "stage-error", "invalid-utf8". */
  rule: string;
  /** Human-readable explanation. */
  reason: string;
  start?: number;
  end?: number;
  /** Name of the stage (or "input") that reported it. */
  stage: string;
}

/** A span over the original text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Output of the normalize stage: the normalized text and the offset map back to `text`. */
export interface NormalizedText {
  text: string;
  edits: Edits;
}

/** One formatted reference, as added by the `formatCitations` stage. */
export interface Citation {
  style: "apa" | "mla" | "chicago";
  locale: "ar" | "en";
  format: "text" | "html";
  value: string;
}

/**
 * The document every stage reads and extends. `text` is the original input and is
 * never changed; every span any stage adds indexes `text`. Fields a stage did not
 * run for are absent. Extra fields given in the input (e.g. from a JSONL line) are
 * kept as they are.
 */
export interface QalamDoc {
  /** The original input text, untouched. */
  text: string;
  /** The input's id, as given (JSONL ids may be strings or numbers). */
  id?: string | number;
  normalized?: NormalizedText;
  tokens?: Token[];
  sentences?: Span[];
  entities?: Entity[];
  attributions?: Attribution[];
  metadata?: CslItem;
  citations?: Citation[];
  /** Warnings and stage errors, in the order they were reported. */
  messages: Message[];
  [field: string]: unknown;
}

/** A token as @qalam/tokenize returns it. */
export type Token = ReturnType<typeof tokenize>[number];
/** An attribution as @qalam/cite returns it. */
export type Attribution = ReturnType<typeof extractAttributions>[number];

/** What `run` and `runAll` accept: a string, or an object with at least `text`. */
export type DocInput = string | ({ text: string; id?: string | number; messages?: Message[] } & Record<string, unknown>);

/**
 * A serializable description of a built-in stage: the factory name and its
 * options. Worker threads rebuild a pipeline from these (see `pipelineFromSpec`).
 */
export interface StageSpec {
  stage: BuiltinStageName;
  options?: unknown;
}

export type BuiltinStageName =
  | "normalize"
  | "tokenize"
  | "tagEntities"
  | "extractMetadata"
  | "extractAttributions"
  | "formatCitations";

/**
 * A stage: any function from a document to a document (or a promise of one).
 * It should return a new object (`{ ...doc, field }`); returning nothing keeps
 * the document it was given. `stageName` (or the function's name) labels messages.
 */
export type Stage = ((doc: QalamDoc) => QalamDoc | void | Promise<QalamDoc | void>) & {
  stageName?: string;
  spec?: StageSpec;
};

export interface RunOptions {
  /** Throw on the first stage error instead of recording it as a message. Default false. */
  strict?: boolean;
}

export interface RunAllOptions extends RunOptions {
  /** Documents processed at the same time (and read ahead of the consumer). Default 4. */
  concurrency?: number;
  /** Stops reading input and ends the iteration with the signal's reason. */
  signal?: AbortSignal;
}

/** A composed, frozen pipeline. */
export interface Pipeline {
  /**
   * Runs every stage over one document. Always returns a promise, because any
   * stage may be async. Non-strict (default): a stage that throws leaves a
   * "stage-error" message and the next stage still runs.
   */
  run(input: DocInput, options?: RunOptions): Promise<QalamDoc>;
  /**
   * The same, synchronously. Throws a TypeError if a stage returns a promise.
   */
  runSync(input: DocInput, options?: RunOptions): QalamDoc;
  /**
   * Runs over many documents, yielding results in input order, at most
   * `concurrency` in flight; input is read only as fast as results are consumed.
   */
  runAll(input: Iterable<DocInput> | AsyncIterable<DocInput>, options?: RunAllOptions): AsyncIterable<QalamDoc>;
  /** The stages, in order. */
  readonly stages: readonly Stage[];
  /** Serializable description when every stage is built-in, else undefined. */
  readonly spec: readonly StageSpec[] | undefined;
}
