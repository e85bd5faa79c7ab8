import type { DocInput } from "./types.js";

/** A well-formed JSONL line: the document it holds and its 1-based line number. */
export interface JsonlDocRecord {
  line: number;
  doc: Exclude<DocInput, string>;
}

/** A line that is not a JSON object with a string `text`; `raw` is the line (cut to 200 characters). */
export interface JsonlErrorRecord {
  line: number;
  error: string;
  raw: string;
}

export type JsonlRecord = JsonlDocRecord | JsonlErrorRecord;

/** Chunks of JSONL: strings, or bytes (decoded as UTF-8). */
export type JsonlChunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** True for the records `parseJsonl` yields for malformed lines. */
export function isJsonlError(record: JsonlRecord): record is JsonlErrorRecord {
  return "error" in record;
}

/**
 * Splits chunks of text (or UTF-8 bytes) into lines, whatever the chunk
 * boundaries. Accepts "\n" and "\r\n". A last line without a newline is yielded too.
 * Invalid UTF-8 becomes U+FFFD here; callers that must reject it decode first.
 */
export async function* splitLines(chunks: JsonlChunks): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let carry = "";
  for await (const chunk of chunks) {
    const piece = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    // Split each chunk once, so a chunk with many lines costs linear time.
    const parts = piece.split("\n");
    if (parts.length === 1) {
      carry += piece;
      continue;
    }
    yield stripCr(carry + parts[0]!);
    for (let i = 1; i < parts.length - 1; i++) yield stripCr(parts[i]!);
    carry = parts[parts.length - 1]!;
  }
  carry += decoder.decode();
  if (carry.length > 0) yield stripCr(carry);
}

function stripCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/**
 * Parses JSONL: one `{ "text": …, "id"?: …, … }` object per line. Blank lines
 * are skipped (their numbers still count). A line that is not valid JSON, not an
 * object, or has no string `text` yields an error record with its line number
 * instead of throwing, so a caller can report it and go on.
 *
 * @example
 * for await (const record of parseJsonl(['{"id":"a","text":"نص"}\n', "oops\n"])) console.log(record);
 * // { line: 1, doc: { id: "a", text: "نص" } }
 * // { line: 2, error: "invalid JSON: Unexpected token 'o', \"oops\" is not valid JSON", raw: "oops" }
 */
export async function* parseJsonl(chunks: JsonlChunks): AsyncGenerator<JsonlRecord, void, undefined> {
  let line = 0;
  for await (const text of splitLines(chunks)) {
    line++;
    if (text.trim() === "") continue;
    yield parseJsonlLine(text, line);
  }
}

/** Parses one JSONL line (see `parseJsonl`). */
export function parseJsonlLine(text: string, line: number): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`, raw: text.slice(0, 200) };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { line, error: "not a JSON object", raw: text.slice(0, 200) };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") {
    return { line, error: 'no string "text" field', raw: text.slice(0, 200) };
  }
  if (record.id !== undefined && typeof record.id !== "string" && typeof record.id !== "number") {
    return { line, error: '"id" must be a string or a number', raw: text.slice(0, 200) };
  }
  return { line, doc: record as JsonlDocRecord["doc"] };
}

/**
 * Serializes documents (or any JSON-able values) as JSONL lines, each ending in
 * "\n". Edits serialize through their `toJSON`.
 */
export async function* toJsonl(items: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<string, void, undefined> {
  for await (const item of items) yield toJsonlLine(item);
}

/** One JSONL line for a value. Line separators U+2028/2029 are escaped so every line-splitter agrees. */
export function toJsonlLine(item: unknown): string {
  return JSON.stringify(item).replace(/[\u2028\u2029]/g, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029")) + "\n";
}
