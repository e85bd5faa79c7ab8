import { describe, expect, it } from "vitest";
import { buildTagger } from "../src/tagger.js";
import type { EntityEntry } from "../src/entry.js";

const build = (entities: unknown[]) => buildTagger({ entries: [], givenNames: {} }, { entities: entities as EntityEntry[] });
const good = { id: "org:acme", type: "ORG", canonical: "Acme", names: { en: ["Acme"] } };

describe("createTagger validation", () => {
  it("rejects an entry with no name, naming it", () => {
    expect(() => build([{ ...good, names: {} }])).toThrow(/entities entry 0 \("org:acme"\) has no name/);
    expect(() => build([{ ...good, names: { en: [] } }])).toThrow(TypeError);
  });
  it("rejects an empty alias, naming the entry", () => {
    expect(() => build([good, { ...good, id: "org:b", names: { ar: ["  "] } }])).toThrow(/entry 1 \("org:b"\) has an empty alias in names.ar/);
  });
  it("rejects a duplicate id, naming it", () => {
    expect(() => build([good, { ...good }])).toThrow(/entities entry 1 \("org:acme"\) repeats an id/);
  });
  it("rejects missing ids, unknown types and missing canonical names", () => {
    expect(() => build([{ ...good, id: "" }])).toThrow(/entry 0 has no id/);
    expect(() => build([{ ...good, type: "THING" }])).toThrow(/type "THING"/);
    expect(() => build([{ ...good, canonical: undefined }])).toThrow(/no canonical/);
    expect(() => build(["x"])).toThrow(/not an object/);
  });
  it("throws a TypeError naming the text argument", () => {
    const tagger = build([good]);
    expect(() => tagger.tag(undefined as unknown as string)).toThrow(/text must be a string/);
    expect(() => tagger.tag(42 as unknown as string)).toThrow(TypeError);
  });
  it("lets a user entry replace a built-in with the same id, and replaceBuiltins drop them", () => {
    const builtins = [{ ...good, canonical: "Old Acme" }] as EntityEntry[];
    const tagger = buildTagger({ entries: builtins, givenNames: {} }, { entities: [good as EntityEntry] });
    expect(tagger.size).toBe(1);
    expect(tagger.entry("org:acme")?.canonical).toBe("Acme");
    const only = buildTagger({ entries: builtins, givenNames: {} }, { entities: [{ ...good, id: "org:x" } as EntityEntry], replaceBuiltins: true });
    expect(only.entry("org:acme")).toBeUndefined();
  });
  it("passes extra fields through entry()", () => {
    const tagger = build([{ ...good, country: "US", kind: "company", parent: "org:p" }]);
    expect(tagger.entry("org:acme")).toMatchObject({ country: "US", kind: "company", parent: "org:p" });
  });
});

describe("large input", () => {
  it("tags a 50 MB text in pieces with offsets into the whole text", () => {
    const line = "أعلنت مايكروسوفت و OpenAI عن شراكة جديدة مع Acme في الرياض.\n";
    const copies = Math.ceil((50 * 1024 * 1024) / line.length);
    const text = line.repeat(copies);
    const found = build([good, { id: "org:microsoft", type: "ORG", canonical: "Microsoft", names: { ar: ["مايكروسوفت"] } }]).tag(text);
    const acme = found.filter((e) => e.id === "org:acme");
    expect(acme.length).toBe(copies);
    const lastAcme = acme[acme.length - 1]!;
    expect(text.slice(lastAcme.start, lastAcme.end)).toBe("Acme");
    expect(lastAcme.start).toBe(text.length - line.length + line.indexOf("Acme"));
  }, 300_000);
});
