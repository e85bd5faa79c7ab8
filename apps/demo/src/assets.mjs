import { readFile } from "node:fs/promises";

const ASSETS_DIR = new URL("./assets/", import.meta.url);

/**
 * The report's stylesheet and script, inlined into every page.
 * @returns {Promise<import("./page.mjs").Assets>}
 */
export async function loadAssets() {
  const [css, script] = await Promise.all([
    readFile(new URL("report.css", ASSETS_DIR), "utf8"),
    readFile(new URL("report.js", ASSETS_DIR), "utf8"),
  ]);
  return { css, script };
}
