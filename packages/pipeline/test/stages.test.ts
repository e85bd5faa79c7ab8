import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pipeline, pipelineFromSpec, stages } from "@qalam/pipeline";
import type { QalamDoc } from "@qalam/pipeline";

const articlesDir = fileURLToPath(new URL("../../../apps/demo/articles/", import.meta.url));
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(articlesDir + name, "utf8"));

const full = pipeline(
  stages.normalize("search"),
  stages.tokenize(),
  stages.tagEntities(),
  stages.extractMetadata(),
  stages.extractAttributions(),
  stages.formatCitations(),
);

/** Every object with numeric start/end anywhere in the document, with its path. */
function spansOf(value: unknown, path = "doc", out: { path: string; start: number; end: number; text?: unknown }[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => spansOf(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.start === "number" && typeof record.end === "number") out.push({ path, start: record.start, end: record.end, text: record.text });
    for (const [key, child] of Object.entries(record)) if (key !== "normalized") spansOf(child, `${path}.${key}`, out);
  }
  return out;
}

function expectSpansInText(doc: QalamDoc, text: string): void {
  expect(doc.text).toBe(text);
  for (const span of spansOf(doc)) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), span.path).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `${span.path} ${span.start}-${span.end}`).toBe(true);
    if (typeof span.text === "string" && !span.path.includes(".metadata")) expect(text.slice(span.start, span.end), span.path).toBe(span.text);
  }
}

describe("built-in stages", () => {
  it("run the whole chain over every seed article, spans in the original text", async () => {
    for (const text of articles) {
      const doc = await full.run(text);
      expect(doc.messages.filter((m) => m.rule === "stage-error")).toEqual([]);
      expect(doc.normalized!.text.length).toBeGreaterThan(0);
      expect(doc.normalized!.edits.sourceLength).toBe(text.length);
      expect(doc.tokens!.map((t) => t.text).join("")).toBe(text);
      expect(doc.sentences!.length).toBeGreaterThan(1);
      expect(doc.entities!.length).toBeGreaterThan(3);
      expect(doc.metadata!.type).toBe("article-newspaper");
      expect(Array.isArray(doc.attributions)).toBe(true);
      expect(doc.citations!.map((c) => `${c.style}-${c.locale}`)).toEqual(["apa-ar", "apa-en", "chicago-ar", "chicago-en"]);
      expectSpansInText(doc, text);
    }
  });

  it("links «مايكروسوفت» to Microsoft in the first article", async () => {
    const doc = await pipeline(stages.tagEntities()).run(articles[0]!);
    expect(doc.entities).toContainEqual(expect.objectContaining({ text: "مايكروسوفت", type: "ORG", canonical: "Microsoft" }));
  });

  it("formatCitations without metadata records a message and the run goes on", async () => {
    const doc = await pipeline(stages.formatCitations(), stages.tokenize()).run(articles[0]!);
    expect(doc.messages).toContainEqual(expect.objectContaining({ rule: "stage-error", stage: "formatCitations" }));
    expect(doc.tokens!.length).toBeGreaterThan(0);
  });

  it("metadata given in the input wins over the text, and the id becomes the item id", async () => {
    const doc = await pipeline(stages.extractMetadata()).run({ id: 9, text: articles[0]!, metadata: { URL: "https://example.com/a", title: "Given" } });
    expect(doc.metadata).toMatchObject({ id: "9", URL: "https://example.com/a", title: "Given" });
  });

  it("pipeline.spec rebuilds an equal pipeline; custom stages have no spec", async () => {
    expect(full.spec!.map((s) => s.stage)).toEqual(["normalize", "tokenize", "tagEntities", "extractMetadata", "extractAttributions", "formatCitations"]);
    const copy = pipelineFromSpec(structuredClone(full.spec!));
    expect(JSON.stringify(await copy.run(articles[1]!))).toBe(JSON.stringify(await full.run(articles[1]!)));
    expect(pipeline(stages.tokenize(), (doc) => doc).spec).toBeUndefined();
    expect(() => pipelineFromSpec([{ stage: "nope" as never }])).toThrow(/unknown stage "nope"/);
  });

  it("property: spans from every stage lie within the original text, whatever the input", async () => {
    const arabicish = fc.string({
      unit: fc.constantFrom(..."مايكروسوفت OpenAI بـ لـ و 13.75 مليار دولار 20% يوليو 2025 قال \u202E\u2066\u2069\u0000\uD800 «»\n".split("")),
      maxLength: 200,
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(arabicish, fc.string({ unit: "binary", maxLength: 200 })), async (text) => {
        const doc = await full.run(text);
        expect(doc.messages.filter((m) => m.rule === "stage-error")).toEqual([]);
        expectSpansInText(doc, text);
      }),
    );
  });

  it("the public surface", async () => {
    expect(Object.keys(await import("@qalam/pipeline")).sort()).toEqual(
      [
        "BIDI_CONTROL_RULE",
        "StageError",
        "createDoc",
        "findBidiControls",
        "fromReadableStream",
        "isJsonlError",
        "jsonlTransform",
        "mapOrdered",
        "parseJsonl",
        "parseJsonlLine",
        "pipeline",
        "pipelineFromSpec",
        "splitLines",
        "stages",
        "toJsonl",
        "toJsonlLine",
        "toReadableStream",
      ].sort(),
    );
  });
});
