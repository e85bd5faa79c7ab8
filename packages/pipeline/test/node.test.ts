import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./build.js";
import type * as LibModule from "../src/index.js";
import type * as NodeModule from "../src/node/index.js";

// Worker threads load the BUILT worker script, so these tests use dist/.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const fixture = new URL("./fixtures/custom-stages.mjs", import.meta.url);

type Lib = typeof LibModule;
type NodeLib = typeof NodeModule;
let lib: Lib;
let node: NodeLib;
let articles: string[];

beforeAll(async () => {
  ensureBuilt("@qalam/pipeline...");
  lib = (await import(`${dist}index.js`)) as Lib;
  node = (await import(`${dist}node.js`)) as NodeLib;
  const dir = `${root}apps/demo/articles/`;
  const names = ["000_88554397a0cf6649.txt", "001_6af2c00f009b238d.txt", "002_bd8d1aa5cee301b9.txt", "003_965477567bfe7891.txt", "004_b29aba7545540c32.txt"];
  articles = names.map((name) => readFileSync(dir + name, "utf8"));
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function corpus(n: number): { id: number; text: string }[] {
  return Array.from({ length: n }, (_, i) => ({ id: i, text: articles[i % articles.length]!.slice(0, 400 + ((i * 997) % 3000)) }));
}

describe("@qalam/pipeline/node", () => {
  it("workers: 2 gives exactly the in-process results, in order", async () => {
    const { pipeline, stages } = lib;
    const p = pipeline(stages.normalize("search"), stages.tokenize(), stages.tagEntities(), stages.extractMetadata(), stages.extractAttributions(), stages.formatCitations());
    const docs = corpus(40);
    const inProcess = await collect(p.runAll(docs));
    const threaded = await collect(node.runAll(p, docs, { workers: 2 }));
    expect(threaded.map((doc) => doc.id)).toEqual(docs.map((doc) => doc.id));
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(inProcess));
    // Edits come back as real Edits objects, not their JSON.
    const first = threaded[0]!.normalized!.edits;
    expect(typeof first.mapSpanToSource).toBe("function");
    expect(first.mapSpanToSource(0, 5)).toEqual(inProcess[0]!.normalized!.edits.mapSpanToSource(0, 5));
  });

  it("runAllJsonl serializes in the workers and gives the same lines as in-process", async () => {
    const { pipeline, stages, toJsonlLine } = lib;
    const p = pipeline(stages.normalize("search"), stages.tokenize(), stages.tagEntities());
    const docs = corpus(12);
    const expected = (await collect(p.runAll(docs))).map((doc) => toJsonlLine(doc));
    const threaded = await collect(node.runAllJsonl(p, docs, { workers: 2 }));
    expect(threaded.map((result) => result.line)).toEqual(expected);
    expect(threaded.map((result) => result.id)).toEqual(docs.map((doc) => doc.id));
    const inProcess = await collect(node.runAllJsonl(p, docs));
    expect(inProcess.map((result) => result.line)).toEqual(expected);
    // Workers send UTF-8 bytes; both forms are there in either mode, and they agree.
    const utf8 = expected.map((line) => [...Buffer.from(line, "utf8")]);
    expect(threaded.map((result) => [...result.bytes])).toEqual(utf8);
    expect(inProcess.map((result) => [...result.bytes])).toEqual(utf8);
    expect(JSON.parse(JSON.stringify(threaded[0]))).toEqual({ line: expected[0], id: docs[0]!.id, messages: [] });
  });

  it("lines released as they are read reuse the worker's ring; lines kept stay intact; released ones cannot be read", async () => {
    const { pipeline, stages, toJsonlLine } = lib;
    const p = pipeline(stages.normalize("search"), stages.tokenize());
    // Whole articles: their lines add up to far more than a worker's ring holds.
    const docs = Array.from({ length: 160 }, (_, i) => ({ id: i, text: articles[i % articles.length]! }));
    const expected = (await collect(p.runAll(docs))).map((doc) => Buffer.from(toJsonlLine(doc), "utf8"));
    expect(expected.reduce((sum, bytes) => sum + bytes.length, 0)).toBeGreaterThan(2 * 4 * 2 ** 20);
    const inRing = (result: { bytes: Uint8Array }): boolean => result.bytes.buffer instanceof SharedArrayBuffer;

    const kept = await collect(node.runAllJsonl(p, docs, { workers: 2 }));
    // Buffer.compare, not toEqual: element-wise diffs of 8 MB of arrays take seconds.
    expect(kept.map((result, i) => Buffer.compare(result.bytes, expected[i]!))).toEqual(expected.map(() => 0));
    // Never released: the ring fills, then lines come in buffers of their own.
    expect(kept.some(inRing)).toBe(true);
    expect(kept.every(inRing)).toBe(false);

    let ringLines = 0;
    let index = 0;
    for await (const result of node.runAllJsonl(p, docs, { workers: 2 })) {
      expect(Buffer.compare(result.bytes, expected[index++]!)).toBe(0);
      if (inRing(result)) ringLines++;
      result.release();
      expect(() => result.bytes).toThrow(/release/);
      expect(() => result.line).toThrow(/release/);
    }
    expect(ringLines).toBe(docs.length);
  });

  it("runs custom stages from a module; a failing document does not stop the others; strict does", async () => {
    const docs = ["a", "fail", "abc"].map((text, id) => ({ id, text }));
    const out = await collect(node.runAll({ module: fixture }, docs, { workers: 2 }));
    expect(out.map((doc) => doc.length ?? doc.messages[0]!.reason)).toEqual([1, "cannot measure this one", 3]);
    const viaArray = await collect(node.runAll({ module: fixture, export: "asArray" }, docs, { workers: 1 }));
    expect(viaArray.map((doc) => doc.length ?? null)).toEqual([1, null, 3]);
    await expect(collect(node.runAll({ module: fixture }, docs, { workers: 2, strict: true }))).rejects.toThrow(
      'stage "lengthStage" failed on document "1": cannot measure this one',
    );
  });

  it("refuses a pipeline with custom stages (they cannot cross threads), and bad options", async () => {
    const p = lib.pipeline((doc) => doc);
    await expect(collect(node.runAll(p, ["x"], { workers: 2 }))).rejects.toThrow(/custom stages/);
    expect(await collect(node.runAll(p, ["x"]))).toHaveLength(1);
    await expect(collect(node.runAll(p, ["x"], { workers: 1.5 }))).rejects.toThrow(TypeError);
    const builtIn = lib.pipeline(lib.stages.normalize("search"));
    await expect(node.createWorkerPool({ spec: builtIn.spec! }, 1, { resourceLimits: 24 as never })).rejects.toThrow(/resourceLimits/);
  });

  it("passes resourceLimits to the workers", async () => {
    const p = lib.pipeline(lib.stages.normalize("search"), lib.stages.tokenize(), lib.stages.tagEntities());
    // A 4 MB old generation cannot even hold the gazetteer: the worker stops, and the pool says why.
    const run = collect(node.runAll(p, [{ text: "قالت مايكروسوفت" }], { workers: 1, resourceLimits: { maxOldGenerationSizeMb: 4 } }));
    await expect(run).rejects.toThrow(/memory limit/);
    expect(node.DEFAULT_WORKER_RESOURCE_LIMITS).toEqual({ maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1536 });
  });

  it("a worker that runs out of memory on one document fails that document only, and is replaced", async () => {
    const p = lib.pipeline(lib.stages.normalize("search"), lib.stages.tokenize());
    const pool = await node.createWorkerPool({ spec: p.spec! }, 1, { resourceLimits: { maxOldGenerationSizeMb: 48 } });
    try {
      const small = (id: string) => ({ id, text: articles[0]! });
      const expected = (id: string) => p.run(small(id)).then((doc) => JSON.stringify(doc));
      // Sent together: "before" runs first, "after" waits in the worker's queue behind "huge",
      // whose millions of tokens do not fit in 48 MB.
      const before = pool.run(small("before"));
      const huge = pool.run({ id: "huge", text: "كلمة ".repeat(1_500_000) });
      const after = pool.run(small("after"));
      await expect(huge).rejects.toThrow(/out of memory.*resourceLimits/);
      expect(JSON.stringify(await before)).toBe(await expected("before"));
      expect(JSON.stringify(await after)).toBe(await expected("after"));
      expect(JSON.stringify(await pool.run(small("later")))).toBe(await expected("later"));
      expect(await pool.memory()).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it("bounds the documents in flight with workers too", async () => {
    let read = 0;
    let consumed = 0;
    let maxAhead = 0;
    function* source() {
      for (let i = 0; i < 200; i++) {
        read++;
        maxAhead = Math.max(maxAhead, read - consumed);
        yield { id: i, text: `doc ${i}` };
      }
    }
    for await (const doc of node.runAll({ module: fixture, export: "asArray" }, source(), { workers: 2, concurrency: 4 })) {
      expect(doc.id).toBe(consumed);
      consumed++;
    }
    expect(consumed).toBe(200);
    expect(maxAhead).toBeLessThanOrEqual(5);
  });

  it("the CommonJS build works as well", async () => {
    const require = createRequire(import.meta.url);
    const cjs = require(`${dist}node.cjs`) as NodeLib;
    const cjsLib = require(`${dist}index.cjs`) as Lib;
    const out = await collect(cjs.runAll(cjsLib.pipeline(cjsLib.stages.tokenize()), ["نص", "text"], { workers: 1 }));
    expect(out.map((doc) => doc.tokens!.length)).toEqual([1, 1]);
  });

  it("the main entry imports no Node built-ins (it must run in browsers)", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(dist + file, "utf8");
      expect(code, file).not.toMatch(/from\s*["']node:|require\(\s*["'](node:|fs|path|worker_threads|url)/);
    }
  });
});
