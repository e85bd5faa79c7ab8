import { describe, expect, it } from "vitest";
import { toBio, toConll, toHtml, toJson } from "../src/output.js";
import type { Entity } from "../src/types.js";

const text = "تعاونت بمايكروسوفت مع Allen & Co <b>.";
const entities: Entity[] = [
  { start: 8, end: 18, text: "مايكروسوفت", type: "ORG", id: "org:microsoft", canonical: "Microsoft", prefix: "ب" },
  { start: 22, end: 32, text: "Allen & Co", type: "ORG" },
];

describe("toHtml", () => {
  it("marks entities, isolates Latin runs and escapes everything", () => {
    expect(text.slice(8, 18)).toBe("مايكروسوفت");
    expect(toHtml(text, entities)).toBe(
      'تعاونت ب<mark data-type="ORG" data-id="org:microsoft" title="Microsoft">مايكروسوفت</mark> مع ' +
        '<mark data-type="ORG"><bdi dir="ltr" lang="en">Allen &amp; Co</bdi></mark> &lt;<bdi dir="ltr" lang="en">b</bdi>&gt;.',
    );
  });
  it("escapes attribute values and skips overlapping or out-of-range entities", () => {
    const html = toHtml("a\"b", [
      { start: 0, end: 3, text: "a\"b", type: "ORG", canonical: "<x\">" },
      { start: 1, end: 2, text: "\"", type: "ORG" },
      { start: 2, end: 9, text: "", type: "ORG" },
    ]);
    expect(html).toBe('<mark data-type="ORG" title="&lt;x&quot;&gt;"><bdi dir="ltr" lang="en">a</bdi>&quot;<bdi dir="ltr" lang="en">b</bdi></mark>');
  });
  it("rejects a non-string text", () => {
    expect(() => toHtml(3 as unknown as string, [])).toThrow(/text/);
  });
});

describe("toBio / toConll", () => {
  it("tags tokens and splits a proclitic off an entity token", () => {
    const rows = toBio(text, entities).flat().map((row) => `${row.text}/${row.tag}`);
    expect(rows).toEqual(["تعاونت/O", "ب/O", "مايكروسوفت/B-ORG", "مع/O", "Allen/B-ORG", "&/I-ORG", "Co/I-ORG", "</O", "b/O", ">/O", "./O"]);
  });
  it("writes one line per token and a blank line between sentences", () => {
    const conll = toConll("زارت مايكروسوفت.\nثم عادت", [{ start: 5, end: 15, text: "مايكروسوفت", type: "ORG" }]);
    expect(conll).toBe("زارت\tO\nمايكروسوفت\tB-ORG\n.\tO\n\nثم\tO\nعادت\tO\n");
  });
});

describe("toJson", () => {
  it("round-trips", () => {
    expect(JSON.parse(toJson(entities))).toEqual(entities);
  });
});
