// Builds the static HTML report: one page per article and an index, written to a folder.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { analyzeArticles } from "./analyze.mjs";
import { loadAssets } from "./assets.mjs";
import { renderArticlePage, renderIndexPage } from "./page.mjs";

/**
 * A file name made only of safe characters, unique among `taken`: an article id comes from a file
 * name, and a file name could hold anything.
 * @param {string} id
 * @param {Set<string>} taken
 */
export function pageFileName(id, taken) {
  const base = id.replace(/[^\w-]/g, "_").slice(0, 80) || "article";
  let name = `${base}.html`;
  for (let n = 2; taken.has(name) || name === "index.html"; n++) name = `${base}-${n}.html`;
  taken.add(name);
  return name;
}

/**
 * Analyzes the articles and writes the report into `outDir`.
 * @param {Array<{ id: string, text: string, metadata?: Partial<import("./analyze.mjs").CslItem> }>} articles
 * @param {{ outDir: string, analyses?: import("./analyze.mjs").Analysis[] }} options
 *   `analyses`: results already computed for these articles (same order), to avoid running twice.
 * @returns {Promise<{ files: Array<{ path: string, kind: "index" | "article", id?: string }>, analyses: import("./analyze.mjs").Analysis[] }>}
 */
export async function buildReport(articles, { outDir, analyses }) {
  analyses ??= await analyzeArticles(articles);
  const assets = await loadAssets();
  await mkdir(outDir, { recursive: true });
  const taken = new Set();
  const pages = analyses.map((analysis) => ({ analysis, href: pageFileName(analysis.id, taken) }));
  /** @type {Array<{ path: string, kind: "index" | "article", id?: string }>} */
  const files = [];
  for (const [i, { analysis, href }] of pages.entries()) {
    const neighbour = (/** @type {number} */ j) => {
      const page = pages[j];
      return page ? { href: page.href, title: page.analysis.title || page.analysis.id } : undefined;
    };
    const html = renderArticlePage(analysis, { assets, prev: neighbour(i - 1), next: neighbour(i + 1) });
    const path = join(outDir, href);
    await writeFile(path, html, "utf8");
    files.push({ path, kind: "article", id: analysis.id });
  }
  const indexPath = join(outDir, "index.html");
  await writeFile(indexPath, renderIndexPage(pages, { assets }), "utf8");
  files.unshift({ path: indexPath, kind: "index" });
  return { files, analyses };
}
