import { findBidiControls } from "./bidi.js";
import { mapOrdered } from "./ordered.js";
import type { DocInput, Message, Pipeline, QalamDoc, RunAllOptions, RunOptions, Stage, StageSpec } from "./types.js";

/** Thrown under `strict: true` when a stage fails; `cause` holds the original error. */
export class StageError extends Error {
  override readonly name = "StageError";
  constructor(
    readonly stage: string,
    readonly docId: string | number | undefined,
    options: { cause: unknown },
  ) {
    super(`stage "${stage}" failed${docId === undefined ? "" : ` on document "${docId}"`}: ${describeError(options.cause)}`, options);
  }
}

/**
 * Composes stages into a frozen pipeline. Every run starts from the original
 * text, reports explicit bidi controls (Trojan Source) as "bidi-control"
 * messages, then calls each stage in order.
 *
 * @example
 * const p = pipeline(stages.normalize("search"), stages.tagEntities());
 * const doc = await p.run("تسعى شركة مايكروسوفت");
 * doc.entities[0] // { start: 10, end: 20, text: "مايكروسوفت", type: "ORG", canonical: "Microsoft", … }
 */
export function pipeline(...stages: Stage[]): Pipeline {
  stages.forEach((stage, i) => {
    if (typeof stage !== "function") throw new TypeError(`pipeline: stage ${i} must be a function`);
  });
  const ownStages = Object.freeze([...stages]);
  const names = ownStages.map((stage, i) => stage.stageName ?? (stage.name || `stage ${i}`));
  const specs = ownStages.map((stage) => stage.spec);
  const spec = specs.every((s): s is StageSpec => s !== undefined) ? Object.freeze(specs) : undefined;

  async function run(input: DocInput, options: RunOptions = {}): Promise<QalamDoc> {
    let doc = createDoc(input);
    for (let i = 0; i < ownStages.length; i++) {
      doc = settleStage(doc, names[i]!, await callStage(ownStages[i]!, doc), options);
    }
    return doc;
  }

  function runSync(input: DocInput, options: RunOptions = {}): QalamDoc {
    let doc = createDoc(input);
    for (let i = 0; i < ownStages.length; i++) {
      const outcome = callStageSync(ownStages[i]!, doc);
      if (outcome.ok && isPromiseLike(outcome.value)) {
        throw new TypeError(`runSync: stage "${names[i]!}" is async; use run() instead`);
      }
      doc = settleStage(doc, names[i]!, outcome as Outcome, options);
    }
    return doc;
  }

  function runAll(input: Iterable<DocInput> | AsyncIterable<DocInput>, options: RunAllOptions = {}): AsyncIterable<QalamDoc> {
    if (typeof input === "string") throw new TypeError("runAll: `input` must be an iterable of documents, not a string");
    // Threads need Node: rather than silently run in one thread, point to the entry that has them.
    if (((options as { workers?: unknown }).workers ?? 0) !== 0) {
      throw new TypeError('runAll: `options.workers` needs `runAll` from "@qalam/pipeline/node"');
    }
    return mapOrdered(input, (item) => run(item, options), options);
  }

  return Object.freeze({ run, runSync, runAll, stages: ownStages, spec });
}

type Outcome = { ok: true; value: QalamDoc | void } | { ok: false; error: unknown };

async function callStage(stage: Stage, doc: QalamDoc): Promise<Outcome> {
  try {
    return { ok: true, value: await stage(doc) };
  } catch (error) {
    return { ok: false, error };
  }
}

function callStageSync(stage: Stage, doc: QalamDoc): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: stage(doc) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Applies a stage's outcome: its document if it kept the original text intact,
 * otherwise the previous document plus a "stage-error" message (or a throw under
 * strict). A stage that returned nothing keeps the (possibly mutated) document.
 */
function settleStage(before: QalamDoc, stageName: string, outcome: Outcome, options: RunOptions): QalamDoc {
  const originalText = before.text;
  let error: unknown;
  if (outcome.ok) {
    const after = outcome.value ?? before;
    if (after === null || typeof after !== "object" || after.text !== originalText) {
      error = new Error("the stage changed or dropped the original `text`; stages must add fields, never rewrite `text`");
    } else if (!Array.isArray(after.messages)) {
      error = new Error("the stage dropped `messages`");
    } else {
      return after;
    }
  } else {
    error = outcome.error;
  }
  if (options.strict) throw new StageError(stageName, before.id, { cause: error });
  const message: Message = { rule: "stage-error", reason: describeError(error), stage: stageName };
  return { ...before, text: originalText, messages: [...before.messages, message] };
}

/** Builds the starting document: the input's fields, its text untouched, and input-level messages. */
export function createDoc(input: DocInput): QalamDoc {
  if (typeof input === "string") return { text: input, messages: findBidiControls(input) };
  if (input === null || typeof input !== "object" || typeof input.text !== "string") {
    throw new TypeError("`input` must be a string or an object with a string `text`");
  }
  const earlier = Array.isArray(input.messages) ? input.messages : [];
  return { ...input, text: input.text, messages: [...earlier, ...findBidiControls(input.text)] };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === "object" && typeof (value as PromiseLike<unknown>).then === "function";
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
