import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { parseJsonlLine } from "@qalam/pipeline";
import type { DocInput, Message } from "@qalam/pipeline";
import { decodeUtf8, decodeUtf8Lossy } from "./utf8.js";

/** One input document, or one piece of input that could not be read as a document. */
export interface InputRecord {
  /** 0-based position among all input records; what `--resume` counts. */
  index: number;
  /** File the record came from ("-" for stdin). */
  source: string;
  /** 1-based line for JSONL input. */
  line?: number;
  doc?: Exclude<DocInput, string>;
  /** Why this record is not a document (invalid UTF-8, malformed JSONL). */
  error?: string;
  /** Input bytes consumed so far, over all inputs (drives the progress bar). */
  bytesRead: number;
}

export interface InputSpec {
  path: string;
  kind: "text" | "jsonl";
  size: number | undefined;
}

export class InputError extends Error {
  override readonly name = "InputError";
}

const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md"]);
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);

/**
 * Expands the command-line inputs: "-" or nothing is stdin, a folder is every
 * .txt/.jsonl file in it (recursively, sorted, so a rerun sees the same order),
 * a file is read as JSONL when it ends in .jsonl/.ndjson or `--input jsonl` is given.
 */
export async function resolveInputs(paths: string[], forced: string | undefined): Promise<InputSpec[]> {
  if (paths.length === 0) paths = ["-"];
  const forcedKind = forced === "text" || forced === "jsonl" ? forced : undefined;
  const specs: InputSpec[] = [];
  for (const path of paths) {
    if (path === "-") {
      specs.push({ path, kind: forcedKind ?? "text", size: undefined });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (info.isDirectory()) {
      const files = (await readdir(path, { recursive: true }))
        .filter((name) => TEXT_EXTENSIONS.has(extname(name)) || JSONL_EXTENSIONS.has(extname(name)))
        .sort();
      for (const name of files) {
        const file = join(path, name);
        const fileInfo = await stat(file);
        if (!fileInfo.isFile()) continue;
        specs.push({ path: file, kind: forcedKind ?? kindOf(file), size: fileInfo.size });
      }
    } else {
      specs.push({ path, kind: forcedKind ?? kindOf(path), size: info.size });
    }
  }
  return specs;
}

function kindOf(path: string): "text" | "jsonl" {
  return JSONL_EXTENSIONS.has(extname(path)) ? "jsonl" : "text";
}

/**
 * Reads every input as records, in order. Text files are one document each
 * (id: the path); JSONL is streamed line by line, so memory does not grow with
 * the file. Invalid UTF-8 is an error record naming the byte offset, or, when
 * `lossy`, is replaced by U+FFFD and noted on the document as an "invalid-utf8" message.
 */
export async function* readRecords(specs: InputSpec[], lossy: boolean): AsyncGenerator<InputRecord, void, undefined> {
  let index = 0;
  let bytesBefore = 0;
  for (const spec of specs) {
    const name = spec.path === "-" ? "<stdin>" : spec.path;
    if (spec.kind === "text") {
      const bytes = spec.path === "-" ? await readAll(process.stdin) : await readFile(spec.path);
      bytesBefore += bytes.length;
      const id = spec.path === "-" ? undefined : relative(process.cwd(), spec.path) || spec.path;
      const decoded = decodeUtf8(bytes);
      const base = { index: index++, source: name, bytesRead: bytesBefore };
      if (decoded.ok) {
        yield { ...base, doc: id === undefined ? { text: decoded.text } : { id, text: decoded.text } };
      } else if (lossy) {
        const messages = [invalidUtf8Message(name, decoded.offset)];
        const text = decodeUtf8Lossy(bytes);
        yield { ...base, doc: id === undefined ? { text, messages } : { id, text, messages } };
      } else {
        yield { ...base, error: `invalid UTF-8 at byte ${decoded.offset}` };
      }
      continue;
    }
    let line = 0;
    let lineStartByte = 0;
    const stream = spec.path === "-" ? process.stdin : createReadStream(spec.path);
    for await (const raw of splitByteLines(stream as AsyncIterable<Buffer>)) {
      line++;
      const lineBytes = raw.length;
      const bytes = dropCr(raw);
      const here = { source: name, line };
      const startByte = lineStartByte;
      lineStartByte += lineBytes + 1;
      const decoded = decodeUtf8(bytes);
      let text: string;
      let messages: Message[] | undefined;
      if (decoded.ok) {
        text = decoded.text;
      } else if (lossy) {
        text = decodeUtf8Lossy(bytes);
        messages = [invalidUtf8Message(`${name} line ${line}`, startByte + decoded.offset)];
      } else {
        yield { index: index++, ...here, bytesRead: bytesBefore + lineStartByte, error: `invalid UTF-8 at byte ${startByte + decoded.offset}` };
        continue;
      }
      if (text.trim() === "") continue;
      const parsed = parseJsonlLine(text, line);
      if ("error" in parsed) {
        yield { index: index++, ...here, bytesRead: bytesBefore + lineStartByte, error: parsed.error };
      } else {
        const doc = messages === undefined ? parsed.doc : { ...parsed.doc, messages: [...(Array.isArray(parsed.doc.messages) ? parsed.doc.messages : []), ...messages] };
        yield { index: index++, ...here, bytesRead: bytesBefore + lineStartByte, doc };
      }
    }
    bytesBefore += Math.max(0, lineStartByte - 1);
  }
}

function invalidUtf8Message(where: string, offset: number): Message {
  return { rule: "invalid-utf8", reason: `${where}: invalid UTF-8 at byte ${offset} replaced with U+FFFD`, stage: "input" };
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}

/**
 * Splits a byte stream on "\n" (0x0A never occurs inside a UTF-8 sequence, so
 * splitting before decoding is safe and lets errors name byte offsets). Lines
 * keep a trailing "\r" so byte offsets stay exact. Parts of a long line are collected and joined once.
 */
export async function* splitByteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer, void, undefined> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      const piece = chunk.subarray(from, nl);
      const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      yield line;
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

export function dropCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}
