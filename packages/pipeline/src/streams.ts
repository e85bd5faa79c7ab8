import { isJsonlError, parseJsonl, toJsonlLine } from "./jsonl.js";
import type { JsonlChunks } from "./jsonl.js";
import { mapOrdered } from "./ordered.js";
import type { Pipeline, RunAllOptions } from "./types.js";

/**
 * Reads a WHATWG ReadableStream as an async iterable (through a reader, so it
 * also works where streams are not async-iterable yet, e.g. Safari). Breaking
 * out of the loop cancels the stream.
 */
export async function* fromReadableStream<T>(stream: ReadableStream<T>): AsyncGenerator<T, void, undefined> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const result = await reader.read();
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!done) await reader.cancel();
    reader.releaseLock();
  }
}

/**
 * Wraps an (async) iterable in a ReadableStream that pulls one item each time
 * the consumer wants more, so backpressure reaches the source.
 */
export function toReadableStream<T>(items: Iterable<T> | AsyncIterable<T>): ReadableStream<T> {
  let iterator: AsyncIterator<T> | Iterator<T> | undefined;
  return new ReadableStream<T>(
    {
      start() {
        iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
      },
      async pull(controller) {
        const next = await iterator!.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel(reason) {
        await iterator!.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** Options of `jsonlTransform`: those of `runAll`. */
export type JsonlTransformOptions = RunAllOptions;

/**
 * A transform stream (a `{ readable, writable }` pair usable with `pipeThrough`)
 * from JSONL text or UTF-8 bytes to JSONL text: each input line is run through
 * the pipeline and written as one output line, in input order. A malformed
 * input line becomes `{"line": n, "error": "…"}` in its place, so the output has
 * one line per input document and nothing is lost silently.
 *
 * @example
 * const response = await fetch("/corpus.jsonl");
 * const out = response.body!.pipeThrough(jsonlTransform(pipeline(stages.tagEntities())));
 */
export function jsonlTransform(p: Pipeline, options: JsonlTransformOptions = {}): ReadableWritablePair<string, string | Uint8Array> {
  const input = new TransformStream<string | Uint8Array, string | Uint8Array>();
  const records = parseJsonl(fromReadableStream(input.readable) as JsonlChunks);
  const lines = mapOrdered(
    records,
    async (record) =>
      isJsonlError(record)
        ? toJsonlLine({ line: record.line, error: record.error })
        : toJsonlLine(await p.run(record.doc, options)),
    options,
  );
  return { writable: input.writable, readable: toReadableStream(lines) };
}
