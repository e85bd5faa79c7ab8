import words from "./data/attribution-words.json";
import { lazy } from "../lazy.js";
import { foldKey } from "./text-scan.js";

const outletHeads = lazy((): ReadonlySet<string> => new Set(words.outletHeads.map(foldKey)));

/** True when a word is a noun that heads an outlet's name («وكالة», «صحيفة», «موقع»…). */
export function isOutletHead(key: string): boolean {
  return outletHeads().has(key);
}
