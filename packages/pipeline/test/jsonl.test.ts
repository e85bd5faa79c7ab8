import { describe, expect, it } from "vitest";
import { parseJsonl, splitLines, toJsonl } from "../src/jsonl.js";
import { fromReadableStream, jsonlTransform, toReadableStream } from "../src/streams.js";
import { pipeline } from "../src/pipeline.js";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("splitLines", () => {
  it("splits across chunk boundaries, CRLF and split UTF-8 sequences", async () => {
    const bytes = new TextEncoder().encode("سطر أول\r\nثاني\nthird");
    // Cut inside a two-byte Arabic letter.
    const chunks = [bytes.slice(0, 3), bytes.slice(3, 17), bytes.slice(17)];
    expect(await collect(splitLines(chunks))).toEqual(["سطر أول", "ثاني", "third"]);
  });
});

describe("parseJsonl / toJsonl", () => {
  it("round-trips documents, skipping blank lines but counting them", async () => {
    const docs = [{ id: "a", text: "مايكروسوفت\u2028x", extra: [1, 2] }, { text: "b" }, { id: 3, text: "" }];
    const text = (await collect(toJsonl(docs))).join("");
    expect(text.split("\n")).toHaveLength(4);
    const records = await collect(parseJsonl([text.slice(0, 10), text.slice(10) + "\n\n"]));
    expect(records).toEqual(docs.map((doc, i) => ({ line: i + 1, doc })));
  });

  it("turns malformed lines into error records with their line numbers", async () => {
    const records = await collect(parseJsonl(['{"text":"ok"}\n\n{oops\n[1]\n{"id":1}\n{"text":"x","id":{}}\n']));
    expect(records).toEqual([
      { line: 1, doc: { text: "ok" } },
      { line: 3, error: expect.stringMatching(/^invalid JSON/) as unknown, raw: "{oops" },
      { line: 4, error: "not a JSON object", raw: "[1]" },
      { line: 5, error: 'no string "text" field', raw: '{"id":1}' },
      { line: 6, error: '"id" must be a string or a number', raw: '{"text":"x","id":{}}' },
    ]);
  });
});

describe("WHATWG streams", () => {
  it("converts both ways", async () => {
    expect(await collect(fromReadableStream(toReadableStream([1, 2, 3])))).toEqual([1, 2, 3]);
  });

  it("jsonlTransform runs the pipeline, keeps order and reports bad lines in place", async () => {
    const input = toReadableStream(['{"id":1,"text":"a"}\n{"id":2,', '"text":"bb"}\nnope\n{"text":"ccc"}']);
    const p = pipeline((doc) => ({ ...doc, n: doc.text.length }));
    const out = (await collect(fromReadableStream(input.pipeThrough(jsonlTransform(p, { concurrency: 2 }))))).join("");
    expect(out.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 1, text: "a", messages: [], n: 1 },
      { id: 2, text: "bb", messages: [], n: 2 },
      { line: 3, error: expect.stringMatching(/^invalid JSON/) as unknown },
      { text: "ccc", messages: [], n: 3 },
    ]);
  });
});
