/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { normalize, normalizeWithEdits } from "@qalam/normalize";

const articlesDir = fileURLToPath(new URL("../../../apps/demo/articles/", import.meta.url));
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(articlesDir + name, "utf8") }));

const show = (text: string) => JSON.stringify(text).slice(1, -1);

describe("seed articles", () => {
  test("there are seed articles", () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  for (const { name, text } of articles) {
    describe(name, () => {
      test("display preset fixes spacing before punctuation, inside brackets and quotes", () => {
        const display = normalize(text, "display");
        for (const line of display.split("\n")) {
          if (!/\p{Script=Arabic}/u.test(line)) continue;
          // No space before . ، ؛ : ؟ ! ) (unless the line starts there), none after (.
          expect(line).not.toMatch(/\S +[.،؛:؟!)]/u);
          expect(line).not.toMatch(/\( +\S/u);
          expect(line).not.toMatch(/ {2}/u);
          // Quotes pair up as “ … ” with no space inside.
          const quotes = [...line.matchAll(/[“”]/gu)].map((match) => match[0]);
          for (let index = 0; index + 1 < quotes.length; index += 2) {
            expect(quotes[index]! + quotes[index + 1]!).toBe("“”");
          }
          expect(line).not.toMatch(/“ | ”/u);
        }
        // Orthography stays: letters, diacritics and digits are exactly those of the input.
        const letters = (value: string) => value.replace(/[^\p{L}\p{M}\p{N}]/gu, "").replace(/\u0640/gu, "");
        expect(letters(display)).toBe(letters(text));
        expect(normalize(display, "display")).toBe(display);
      });

      test("search preset: every change matches the reviewed snapshot", async () => {
        const { text: searched, edits } = normalizeWithEdits(text, "search");
        const lines: string[] = [];
        const counts = new Map<string, number>();
        for (const run of edits.changes()) {
          if (!run.changed) continue;
          const from = text.slice(run.sourceStart, run.sourceStart + run.sourceLength);
          const to = searched.slice(run.destinationStart, run.destinationStart + run.destinationLength);
          // Each change covers exactly its source slice; the slice normalized alone gives the replacement.
          expect(normalize(from, "search")).toBe(to);
          lines.push(`${run.sourceStart}\t${show(from)} → ${show(to)}`);
          const key = `${show(from)} → ${show(to)}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const summary = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, count]) => `${count}\t${key}`);
        const report = [
          `# search preset changes in ${name}: ${lines.length} changes, ${text.length} → ${searched.length} UTF-16 units`,
          "## distinct changes (count, from → to)",
          ...summary,
          "## every change (source offset, from → to)",
          ...lines,
          "",
        ].join("\n");
        await expect(report).toMatchFileSnapshot(`./__snapshots__/search-${name}`);
      });
    });
  }

  test("the mismatched quotes ” ChatGPT ” of the first article become “ChatGPT”", () => {
    const first = articles[0]!.text;
    expect(first).toContain("” ChatGPT ”");
    const display = normalize(first, "display");
    expect(display).toContain("“ChatGPT”");
    expect(display).toContain("(AGI).");
    expect(display).not.toContain("” ChatGPT ”");
  });
});
