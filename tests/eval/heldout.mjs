// The held-out sets: news texts written after the tagger was built (tests/fixtures/entities-heldout,
// see GUIDELINE.md there for how each set was made and used). Gold entities are listed in reading
// order as [text, type, id?]; offsets are found here, so the files stay easy to review.
import { readFileSync } from "node:fs";

/** The held-out sets by name: "texts" (3 short texts), "blind-2" (12), "blind-3", "blind-4" … "blind-15" (8 texts each, annotated blind). */
export const HELD_OUT_SETS = ["texts", "blind-2", "blind-3", "blind-4", "blind-5", "blind-6", "blind-7", "blind-8", "blind-9", "blind-10", "blind-11", "blind-12", "blind-13", "blind-14", "blind-15"];

/** The articles of a held-out set as { name, text, gold }, like `loadAnnotations()` in score.mjs. */
export function loadHeldOut(set = "texts") {
  if (!HELD_OUT_SETS.includes(set)) throw new TypeError(`loadHeldOut: no held-out set "${set}" (${HELD_OUT_SETS.join(", ")})`);
  const file = new URL(`../fixtures/entities-heldout/${set}.json`, import.meta.url);
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
