#!/usr/bin/env node
// `pnpm demo`: runs the qalam chain over the seed articles and prints a report per article.
import { normalizeWithEdits } from "@qalam/normalize";
import { firstLine, loadArticles } from "./articles.mjs";

const articles = await loadArticles();
for (const article of articles) {
  const { text, edits } = normalizeWithEdits(article.text, "search");
  console.log(`${article.id}  ${firstLine(article.text)}`);
  console.log(
    `  ${article.text.length} → ${text.length} UTF-16 units after the "search" preset, ${edits.numberOfChanges} changes`,
  );
}
