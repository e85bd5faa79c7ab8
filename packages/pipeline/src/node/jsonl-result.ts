import type { Message } from "../types.js";

/** A document serialized in the worker, with what a caller needs without parsing it back. */
export interface JsonlResult {
  /** `toJsonlLine(doc)`: the document as one JSON line ending in "\n". */
  readonly line: string;
  /** The same line as UTF-8 bytes, what a file or stdout receives. */
  readonly bytes: Uint8Array;
  readonly id?: string | number;
  readonly messages: Message[];
  /**
   * Says you are done with `line` and `bytes` (after writing them, say). With workers, `bytes`
   * may be a view of memory the worker reuses once you release it; results you never release
   * stay valid, but then the worker allocates a new buffer per line. Reading `line` or `bytes`
   * after `release()` throws. Calling it twice, or on an in-process result, is harmless.
   */
  release(): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Holds the line in the form it was made in and converts it only when the
 * other form is read: workers send UTF-8 bytes (a transferred buffer costs the
 * main thread no copy, and a writer needs bytes anyway), while in-process runs
 * have the string.
 */
class LazyJsonlResult implements JsonlResult {
  #line: string | undefined;
  #bytes: Uint8Array | undefined;
  #onRelease: (() => void) | undefined;
  #released = false;

  constructor(
    form: { line: string } | { bytes: Uint8Array; onRelease?: () => void },
    readonly id: string | number | undefined,
    readonly messages: Message[],
  ) {
    if ("line" in form) this.#line = form.line;
    else {
      this.#bytes = form.bytes;
      this.#onRelease = form.onRelease;
    }
  }

  get line(): string {
    this.#checkNotReleased("line");
    return (this.#line ??= decoder.decode(this.#bytes));
  }

  get bytes(): Uint8Array {
    this.#checkNotReleased("bytes");
    return (this.#bytes ??= encoder.encode(this.#line));
  }

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#line = this.#bytes = undefined;
    this.#onRelease?.();
  }

  #checkNotReleased(what: string): void {
    if (this.#released) throw new Error(`JsonlResult: \`${what}\` read after release()`);
  }

  /** Plain data, so `JSON.stringify(result)` and logging show the line. */
  toJSON(): { line: string; id?: string | number; messages: Message[] } {
    return { line: this.line, ...(this.id === undefined ? {} : { id: this.id }), messages: this.messages };
  }
}

export function jsonlResultFromLine(line: string, id: string | number | undefined, messages: Message[]): JsonlResult {
  return new LazyJsonlResult({ line }, id, messages);
}

/** `onRelease`: gives the bytes' memory back (a slice of a worker's ring). */
export function jsonlResultFromBytes(bytes: Uint8Array, id: string | number | undefined, messages: Message[], onRelease?: () => void): JsonlResult {
  return new LazyJsonlResult({ bytes, ...(onRelease === undefined ? {} : { onRelease }) }, id, messages);
}

/** The UTF-8 bytes of `toJsonlLine(doc)`, as a worker sends them. */
export function encodeJsonlLine(line: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(line);
}
