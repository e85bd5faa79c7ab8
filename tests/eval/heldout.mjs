// The held-out set: short news texts written after the tagger was built, never used to tune
// it (tests/fixtures/entities-heldout/texts.json). Gold entities are listed in reading order
// as [text, type, id?]; offsets are found here, so the file stays easy to review.
import { readFileSync } from "node:fs";

const file = new URL("../fixtures/entities-heldout/texts.json", import.meta.url);

/** The held-out articles as { name, text, gold }, like `loadAnnotations()` in score.mjs. */
export function loadHeldOut() {
  const { texts, annotations } = JSON.parse(readFileSync(file, "utf8"));
  return Object.entries(annotations).map(([name, rows]) => {
    const text = texts[name];
    let from = 0;
    const gold = rows.map(([surface, type, id]) => {
      const start = text.indexOf(surface, from);
      if (start < 0) throw new Error(`held-out ${name}: «${surface}» not found after offset ${from}`);
      from = start + surface.length;
      return { start, end: from, text: surface, type, ...(id ? { id } : {}) };
    });
    return { name, text, gold };
  });
}
