import type { CslItem } from "../csl-item.js";
import { itemList } from "./export-shared.js";

/**
 * Serializes items as a CSL-JSON array (what citeproc-js, Zotero and pandoc read). Items without
 * an `id` get "item-1", "item-2"… by position; `undefined` values are left out.
 */
export function toCslJson(items: CslItem | readonly CslItem[]): string {
  const list = itemList(items, "toCslJson").map((item, i) => ({ id: typeof item.id === "string" && item.id ? item.id : `item-${i + 1}`, ...item }));
  return JSON.stringify(list, null, 2);
}
