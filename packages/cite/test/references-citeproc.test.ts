/// <reference types="node" />
// All-Latin parity: for an English item, formatCitation must print exactly what citeproc-js
// 2.4.63 prints with the official CSL styles (tests/fixtures/csl, copied unchanged) in its "text"
// output format. Both sides are plain text, so nothing is converted before comparing.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CslItem } from "../src/csl-item.js";
import { formatCitation } from "../src/references/index.js";

const require = createRequire(import.meta.url);
const CSL = require("citeproc") as {
  Engine: new (sys: object, style: string, lang: string) => {
    setOutputFormat(f: string): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]];
    makeCitationCluster(cites: { id: string }[], format: string): string;
  };
};

const cslDir = fileURLToPath(new URL("../../../tests/fixtures/csl/", import.meta.url));
const items = JSON.parse(readFileSync(new URL("./fixtures/references-latin-items.json", import.meta.url), "utf8")) as (CslItem & { id: string })[];

const STYLES = {
  apa: "apa.csl",
  mla: "modern-language-association.csl",
  chicago: "chicago-notes-bibliography-17th-edition.csl",
} as const;

function engine(file: string) {
  const sys = {
    retrieveLocale: () => readFileSync(cslDir + "locales-en-US.xml", "utf8"),
    retrieveItem: (id: string) => items.find((i) => i.id === id),
  };
  const e = new CSL.Engine(sys, readFileSync(cslDir + file, "utf8"), "en-US");
  e.setOutputFormat("text");
  return e;
}

describe("parity with citeproc-js on all-Latin items", () => {
  it("has at least 15 varied items", () => {
    expect(items.length).toBeGreaterThanOrEqual(15);
  });

  for (const [style, file] of Object.entries(STYLES) as [keyof typeof STYLES, string][]) {
    describe(style, () => {
      const e = engine(file);
      for (const item of items) {
        it(`bibliography: ${item.id}`, () => {
          e.updateItems([item.id]);
          const expected = e.makeBibliography()[1].join("").trim();
          expect(formatCitation(item, { style, locale: "en" })).toBe(expected);
        });
        const kind = style === "chicago" ? "note" : "in-text";
        it(`${kind}: ${item.id}`, () => {
          e.updateItems([item.id]);
          const expected = e.makeCitationCluster([{ id: item.id }], "text");
          expect(formatCitation(item, { style, locale: "en", kind })).toBe(expected);
        });
      }
    });
  }
});
