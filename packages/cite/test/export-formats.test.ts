import { describe, expect, it } from "vitest";
import type { CslItem } from "../src/csl-item.js";
import { escapeBibtex, toBibtex, toCslJson, toRis } from "../src/references/index.js";

const item: CslItem = {
  id: "nabil2024",
  type: "article-newspaper",
  title: "إنفيديا {تستثمر}\\ 50% في\nOpenAI",
  "title-translated": "Nvidia invests in OpenAI",
  author: [{ family: "بن سلمان", given: "محمد" }, { literal: "World Health Organization" }, { family: "Berg", given: "Jan", "non-dropping-particle": "van der" }],
  issued: { "date-parts": [[2024, 10, 20]] },
  accessed: { "date-parts": [[2024, 10, 21]] },
  "container-title": "إيجيبت14",
  URL: "https://egypt14.com/a?x={1}",
  language: "ar",
};

describe("toBibtex", () => {
  it("writes an entry with escaped values and UTF-8 Arabic", () => {
    expect(toBibtex(item)).toBe(
      [
        "@article{nabil2024,",
        "  author       = {{بن سلمان}, محمد and {World Health Organization} and van der Berg, Jan},",
        "  title        = {إنفيديا \\{تستثمر\\}\\textbackslash{} 50\\% في OpenAI},",
        "  titleaddon   = {[Nvidia invests in OpenAI]},",
        "  journal      = {إيجيبت14},",
        "  entrysubtype = {newspaper},",
        "  year         = {2024},",
        "  month        = oct,",
        "  date         = {2024-10-20},",
        "  url          = {https://egypt14.com/a?x=%7B1%7D},",
        "  urldate      = {2024-10-21},",
        "  language     = {ar}",
        "}",
        "",
      ].join("\n"),
    );
  });
  it("escapes braces, backslashes and LaTeX specials; folds newlines", () => {
    expect(escapeBibtex("a{b}c\\d\n%&$#_~^")).toBe("a\\{b\\}c\\textbackslash{}d \\%\\&\\$\\#\\_\\textasciitilde{}\\textasciicircum{}");
  });
  it("makes unique ASCII keys when the id is missing or unusable", () => {
    const a = { ...item, id: undefined, author: [{ family: "Smith", given: "J" }] };
    const b = { ...item, id: "كود", author: [{ family: "نبيل" }] };
    const out = toBibtex([a, a, b]);
    expect(out).toContain("@article{Smith2024,");
    expect(out).toContain("@article{Smith2024a,");
    expect(out).toContain("@article{ref3-2024,");
  });
  it("drops unsafe URLs and maps web pages to @online", () => {
    const out = toBibtex({ type: "webpage", title: "x", URL: "javascript:alert(1)", "container-title": "Site" });
    expect(out).not.toContain("javascript");
    expect(out).toContain("@online{ref1,");
    expect(out).toContain("organization = {Site}");
  });
  it("throws a TypeError naming the argument", () => {
    const withNull: unknown[] = [item, null];
    expect(() => toBibtex(withNull as CslItem[])).toThrow(/items\[1\]/);
  });
});

describe("toRis", () => {
  it("writes one tag per line, newlines in values removed", () => {
    expect(toRis(item).split("\r\n")).toEqual([
      "TY  - NEWS",
      "AU  - بن سلمان, محمد",
      "AU  - World Health Organization",
      "AU  - van der Berg, Jan",
      "TI  - إنفيديا {تستثمر}\\ 50% في OpenAI",
      "TT  - Nvidia invests in OpenAI",
      "T2  - إيجيبت14",
      "PY  - 2024",
      "DA  - 2024/10/20/",
      "UR  - https://egypt14.com/a?x=%7B1%7D",
      "Y2  - 2024/10/21/",
      "LA  - ar",
      "ER  - ",
      "",
    ]);
  });
  it("types, pages and partial dates", () => {
    const out = toRis({ type: "article-journal", title: "T", "container-title": "J", page: "10-20", issued: { "date-parts": [[2020, 5]] }, DOI: "10.1/x" });
    expect(out).toContain("TY  - JOUR\r\n");
    expect(out).toContain("JO  - J\r\n");
    expect(out).toContain("SP  - 10\r\nEP  - 20\r\n");
    expect(out).toContain("DA  - 2020/05//\r\n");
    expect(out).toContain("DO  - 10.1/x\r\n");
  });
});

describe("toCslJson", () => {
  it("round-trips items and adds ids by position", () => {
    const parsed = JSON.parse(toCslJson([item, { type: "webpage", title: "x" }])) as CslItem[];
    expect(parsed[0]).toEqual(item);
    expect(parsed[1]?.id).toBe("item-2");
  });
});
