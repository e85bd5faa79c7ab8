import { Edits } from "@qalam/normalize";
import type { QalamDoc } from "../types.js";

/**
 * Structured clone (what worker messages use) drops class prototypes and
 * private fields, so an `Edits` would arrive broken. The worker sends its JSON
 * form (`toJSON`) and the main thread reads it back with `Edits.fromJSON`.
 */
export function encodeDoc(doc: QalamDoc): QalamDoc {
  const edits = doc.normalized?.edits;
  if (!(edits instanceof Edits)) return doc;
  return { ...doc, normalized: { ...doc.normalized!, edits: edits.toJSON() as unknown as Edits } };
}

export function decodeDoc(doc: QalamDoc): QalamDoc {
  const edits = doc.normalized?.edits;
  if (edits === undefined || edits instanceof Edits) return doc;
  return { ...doc, normalized: { ...doc.normalized!, edits: Edits.fromJSON(edits) } };
}
