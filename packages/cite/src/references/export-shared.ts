import type { CslItem } from "../csl-item.js";
import { readDate, type DateParts } from "./dates.js";
import { readName, type NameParts } from "./names.js";

/** Accepts one item or a list; anything that is not an object throws a TypeError naming the argument. */
export function itemList(items: CslItem | readonly CslItem[], fn: string): CslItem[] {
  const list = Array.isArray(items) ? (items as CslItem[]) : [items as CslItem];
  list.forEach((item, i) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw new TypeError(`${fn}: items[${i}] must be a CSL-JSON object`);
  });
  return list;
}

export function names(item: CslItem, field = "author"): NameParts[] {
  const list = item[field];
  if (!Array.isArray(list)) return [];
  return list.map((n) => readName(n)).filter((n): n is NameParts => n !== null);
}

export function dateParts(value: unknown): DateParts | null {
  const d = readDate(value);
  return d.kind === "parts" ? d.parts : null;
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
