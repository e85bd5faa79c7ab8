import { describe, expect, it } from "vitest";
import { pipeline, StageError } from "../src/pipeline.js";
import type { QalamDoc, Stage } from "../src/types.js";

const upperCount: Stage = (doc) => ({ ...doc, letters: doc.text.length });
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("pipeline", () => {
  it("is frozen and keeps the original text", async () => {
    const p = pipeline(upperCount);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.stages)).toBe(true);
    const doc = await p.run("مرحبا");
    expect(doc).toEqual({ text: "مرحبا", messages: [], letters: 5 });
  });

  it("keeps input fields and input messages", async () => {
    const doc = await pipeline().run({ id: 7, text: "x", source: "feed", messages: [{ rule: "r", reason: "why", stage: "input" }] });
    expect(doc).toEqual({ id: 7, text: "x", source: "feed", messages: [{ rule: "r", reason: "why", stage: "input" }] });
  });

  it("records a throwing stage as a message and runs the next stages", async () => {
    const boom: Stage = function boom() {
      throw new Error("kaput");
    };
    const doc = await pipeline(boom, upperCount).run("abc");
    expect(doc.messages).toEqual([{ rule: "stage-error", reason: "kaput", stage: "boom" }]);
    expect(doc.letters).toBe(3);
  });

  it("rejects a stage that rewrites text, as a message", async () => {
    const rewrite: Stage = (doc) => ({ ...doc, text: doc.text.toUpperCase() });
    const doc = await pipeline(rewrite).run("abc");
    expect(doc.text).toBe("abc");
    expect(doc.messages[0]).toMatchObject({ rule: "stage-error", stage: "rewrite" });
  });

  it("strict: throws a StageError naming the stage and document", async () => {
    const boom: Stage = () => Promise.reject(new Error("kaput"));
    boom.stageName = "boom";
    await expect(pipeline(boom).run({ id: "d1", text: "x" }, { strict: true })).rejects.toThrow(StageError);
    await expect(pipeline(boom).run({ id: "d1", text: "x" }, { strict: true })).rejects.toThrow('stage "boom" failed on document "d1": kaput');
  });

  it("runSync works for sync stages and refuses async ones", () => {
    expect(pipeline(upperCount).runSync("ab").letters).toBe(2);
    expect(() => pipeline((d: QalamDoc) => Promise.resolve(d)).runSync("ab")).toThrow(TypeError);
  });

  it("a stage returning nothing keeps its (mutated) document", async () => {
    const mutate: Stage = (doc) => {
      doc.seen = true;
    };
    expect((await pipeline(mutate).run("a")).seen).toBe(true);
  });

  it("reports bidi controls with their spans", async () => {
    const text = "if (isAdmin) \u202E\u2066 } \u2069\u2066begin admins only";
    const doc = await pipeline().run(text);
    expect(doc.messages.map((m) => [m.rule, m.start, m.end])).toEqual([
      ["bidi-control", 13, 15],
      ["bidi-control", 18, 20],
    ]);
    expect(doc.messages[0]!.reason).toContain("U+202E RIGHT-TO-LEFT OVERRIDE");
  });

  it("throws TypeErrors naming the argument", async () => {
    expect(() => pipeline(42 as unknown as Stage)).toThrow(/stage 0/);
    await expect(pipeline().run(5 as unknown as string)).rejects.toThrow(/`input`/);
    // A string is iterable (by characters), so only the explicit check catches it.
    expect(() => pipeline().runAll("abc")).toThrow(/`input`/);
    expect(() => pipeline().runAll(["a"], { workers: 2 } as never)).toThrow(/@qalam\/pipeline\/node/);
  });
});

describe("runAll", () => {
  it("keeps input order when later documents finish first", async () => {
    const slowFirst: Stage = async (doc) => {
      await delay(doc.text === "0" ? 40 : 1);
      return doc;
    };
    const out = await collect(pipeline(slowFirst).runAll(["0", "1", "2", "3", "4"], { concurrency: 3 }));
    expect(out.map((d) => d.text)).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("never has more than `concurrency` documents in flight, and reads input lazily", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let read = 0;
    let maxAhead = 0;
    let consumed = 0;
    const counting: Stage = async (doc) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await delay(Number(doc.text) % 3);
      inFlight--;
      return doc;
    };
    function* source() {
      for (let i = 0; i < 60; i++) {
        read++;
        maxAhead = Math.max(maxAhead, read - consumed);
        yield String(i);
      }
    }
    for await (const doc of pipeline(counting).runAll(source(), { concurrency: 4 })) {
      consumed++;
      expect(doc.text).toBe(String(consumed - 1));
      await delay(1);
    }
    expect(consumed).toBe(60);
    expect(maxInFlight).toBe(4);
    expect(maxAhead).toBeLessThanOrEqual(5);
  });

  it("keeps going past a failing document", async () => {
    const failOnTwo: Stage = (doc) => {
      if (doc.text === "2") throw new Error("bad doc");
      return { ...doc, ok: true };
    };
    const out = await collect(pipeline(failOnTwo).runAll(["1", "2", "3"]));
    expect(out.map((d) => d.ok ?? d.messages[0]!.reason)).toEqual([true, "bad doc", true]);
  });

  it("strict stops at the failing document after yielding the earlier ones", async () => {
    const failOnTwo: Stage = (doc) => {
      if (doc.text === "2") throw new Error("bad doc");
      return doc;
    };
    const seen: string[] = [];
    await expect(async () => {
      for await (const doc of pipeline(failOnTwo).runAll(["1", "2", "3"], { strict: true, concurrency: 1 })) seen.push(doc.text);
    }).rejects.toThrow(StageError);
    expect(seen).toEqual(["1"]);
  });

  it("accepts async iterables and closes the input when the consumer stops early", async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield await Promise.resolve({ id: i, text: `doc ${i}` });
      } finally {
        closed = true;
      }
    }
    const ids: unknown[] = [];
    for await (const doc of pipeline().runAll(source(), { concurrency: 2 })) {
      ids.push(doc.id);
      if (ids.length === 3) break;
    }
    expect(ids).toEqual([0, 1, 2]);
    expect(closed).toBe(true);
  });

  it("stops on abort", async () => {
    const controller = new AbortController();
    const out: string[] = [];
    await expect(async () => {
      for await (const doc of pipeline().runAll(["a", "b", "c", "d"], { signal: controller.signal, concurrency: 1 })) {
        out.push(doc.text);
        if (out.length === 2) controller.abort(new Error("stop"));
      }
    }).rejects.toThrow("stop");
    expect(out).toEqual(["a", "b"]);
  });

  it("runs in constant memory over a long input", async () => {
    function* many() {
      for (let i = 0; i < 200_000; i++) yield "نص قصير";
    }
    let count = 0;
    for await (const doc of pipeline(upperCount).runAll(many(), { concurrency: 8 })) count += doc.letters === 7 ? 1 : 0;
    expect(count).toBe(200_000);
  });
});
