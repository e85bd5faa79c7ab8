#!/usr/bin/env node
// `pnpm demo`: runs the qalam pipeline over the seed articles, prints a report per article,
// writes the HTML report to apps/demo/out/, and with --serve serves it on localhost.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadArticles } from "./articles.mjs";
import { serveFolder } from "./serve.mjs";
import { formatTerminalReport, useColor } from "./terminal.mjs";

const USAGE = `Usage: pnpm demo [--serve] [--port N] [--out DIR] [--articles DIR] [--no-html]

Runs the qalam chain (normalize, tokenize, tag entities, metadata, attributions,
references) over the seed articles and prints a report per article.

  --out DIR       where the HTML report goes (default apps/demo/out)
  --articles DIR  read *.txt articles from DIR instead of apps/demo/articles
  --no-html       terminal report only
  --serve         serve the HTML report on localhost after building it
  --port N        port for --serve (default 4173; 0 picks a free one)
  -h, --help      this help`;

const DEFAULT_OUT = fileURLToPath(new URL("../out/", import.meta.url));

/** @param {string[]} argv */
export async function main(argv) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        serve: { type: "boolean", default: false },
        port: { type: "string", default: "4173" },
        out: { type: "string", default: DEFAULT_OUT },
        articles: { type: "string" },
        "no-html": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not "${args.port}"`);
    return 2;
  }

  // The qalam packages load only once the arguments are known to be good, so --help and usage
  // errors answer at once.
  const [{ analyzeArticles }, { buildReport }] = await Promise.all([import("./analyze.mjs"), import("./report.mjs")]);
  const articles = await loadArticles(args.articles);
  const analyses = await analyzeArticles(articles);
  const color = useColor(process.stdout, process.env);
  for (const [i, analysis] of analyses.entries()) {
    if (i > 0) console.log("");
    console.log(formatTerminalReport(analysis, { color }));
  }
  if (args["no-html"]) return 0;

  const outDir = /** @type {string} */ (args.out);
  const { files } = await buildReport(articles, { outDir, analyses });
  // pnpm runs the script inside apps/demo; INIT_CWD is where the user typed the command.
  const shown = relative(process.env.INIT_CWD ?? process.cwd(), outDir) || ".";
  console.log(`\nHTML report: ${files.length} pages in ${shown}/ (open ${shown}/index.html)`);
  if (!args.serve) return 0;

  const server = await serveFolder(outDir, { port });
  console.log(`Serving the report at ${server.url}  (Ctrl+C to stop)`);
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
}

// `pnpm demo | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
