import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagEntities } from "@qalam/entities";
import { loadArticles } from "../src/articles.mjs";
import { buildReport, pageFileName } from "../src/report.mjs";
import { formatTerminalReport, useColor } from "../src/terminal.mjs";
import { allElements, byClass, parseHtml } from "./html-dom.js";

describe("buildReport on the seed articles", () => {
  let outDir: string;
  let articles: Awaited<ReturnType<typeof loadArticles>>;
  let report: Awaited<ReturnType<typeof buildReport>>;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "qalam-demo-"));
    articles = await loadArticles();
    report = await buildReport(articles, { outDir });
  });
  afterAll(async () => {
    if (process.env.QALAM_DEMO_PRINT) for (const a of report.analyses) console.log(formatTerminalReport(a));
    await rm(outDir, { recursive: true, force: true });
  });

  it("writes an index and one page per article", async () => {
    expect(articles.length).toBe(5);
    expect(report.files.map((f) => basename(f.path))).toEqual(["index.html", ...articles.map((a) => `${a.id}.html`)]);
    const index = parseHtml(await readFile(join(outDir, "index.html"), "utf8"));
    expect(byClass(index, "a", "article-link").map((a) => a.attrs.href)).toEqual(articles.map((a) => `${a.id}.html`));
    const html = allElements(index).find((e) => e.tag === "html")!;
    expect(html.attrs).toMatchObject({ dir: "rtl", lang: "ar" });
  });

  it("marks exactly the tagger's entities on each page, keeping the article text whole", async () => {
    for (const article of articles) {
      const root = parseHtml(await readFile(join(outDir, `${article.id}.html`), "utf8"));
      const text = byClass(root, "div", "text")[0]!;
      const marks = byClass(text, "mark", "ent").map((m) => ({ type: m.attrs["data-type"], start: Number(m.attrs["data-start"]), end: Number(m.attrs["data-end"]) }));
      const expected = tagEntities(article.text).map((e) => ({ type: e.type, start: e.start, end: e.end }));
      expect(marks, article.id).toEqual(expected.sort((a, b) => a.start - b.start));
      // The paragraphs hold the article's lines, nothing dropped or added.
      const paragraphs = allElements(text).filter((e) => e.tag === "p").map((p) => p.text);
      const lines = article.text.split("\n").filter((l) => l.trim() !== "");
      expect(paragraphs, article.id).toEqual(lines);
    }
  });

  it("shows the metadata and the four references of each article", async () => {
    for (const [i, article] of articles.entries()) {
      const analysis = report.analyses[i]!;
      expect(analysis.messages.filter((m) => m.startsWith("stage-error")), article.id).toEqual([]);
      expect(analysis.references.map((r) => `${r.style}/${r.locale}`), article.id).toEqual(["apa/ar", "apa/en", "chicago/ar", "chicago/en"]);
      const root = parseHtml(await readFile(join(outDir, `${article.id}.html`), "utf8"));
      expect(byClass(root, "figure", "reference")).toHaveLength(4);
      if (analysis.title) expect(allElements(root).find((e) => e.tag === "h1")?.text).toBe(analysis.title);
    }
  });

  it("prints a terminal report with every section, coloured only when asked", () => {
    const analysis = report.analyses.find((a) => a.attributions.length > 0 && a.entities.length > 0)!;
    const plain = formatTerminalReport(analysis);
    for (const heading of ["Title:", "Date:", "Author:", "Outlet:", "Entities (", "Amounts and dates (", "Attributions (", "References", "APA (ar)", "Chicago (en)"]) {
      expect(plain).toContain(heading);
    }
    expect(plain).not.toContain("\u001b[");
    expect(formatTerminalReport(analysis, { color: true })).toContain("\u001b[1m");
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(useColor({ isTTY: false }, {})).toBe(false);
  });
});

describe("pageFileName", () => {
  it("keeps safe, unique names whatever the article id", () => {
    const taken = new Set<string>();
    expect(pageFileName("000_abc", taken)).toBe("000_abc.html");
    expect(pageFileName("000_abc", taken)).toBe("000_abc-2.html");
    expect(pageFileName("../../x\"><img>", taken)).toBe("______x___img_.html");
    expect(pageFileName("index", taken)).toBe("index-2.html");
    expect(pageFileName("", taken)).toBe("article.html");
  });
});
