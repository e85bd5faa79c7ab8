import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The seed articles shipped with the demo (apps/demo/articles). */
export const ARTICLES_DIR = fileURLToPath(new URL("../articles/", import.meta.url));

/**
 * @typedef {{ id: string, file: string, text: string }} Article
 * `id` is the file name without `.txt`; it also names the article's HTML page.
 */

/**
 * Reads every `*.txt` file of a folder, sorted by name, as UTF-8.
 * @param {string} [dir]
 * @returns {Promise<Article[]>}
 */
export async function loadArticles(dir = ARTICLES_DIR) {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  return Promise.all(
    names.map(async (name) => ({
      id: basename(name, ".txt"),
      file: join(dir, name),
      text: await readFile(join(dir, name), "utf8"),
    })),
  );
}

/**
 * The first line that holds something other than spaces (article 004 starts with a blank line).
 * @param {string} text
 */
export function firstLine(text) {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed !== "") return trimmed;
  }
  return "";
}
