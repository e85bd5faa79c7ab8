import type { EntityEntry } from "./entry.js";
import { matchKey } from "./gazetteer.js";

/**
 * Adjectives of origin of the countries a gazetteer lists («العماني», «المصرية», «الجزائري»,
 * «السعودي»): a word with the article and the relative ending «ي» / «ية» whose stem is a
 * one-word country name, with or without the article, or with «ا» / «يا» / «ية» after it
 * («عمان», «الجزائر», «أمريكا», «بريطانيا», «السعودية»). «المركزي» and «الوطني» are none.
 * In an institution's name they say whose it is («البنك المركزي العماني»).
 */
export class CountryAdjectives {
  /** Folded one-word Arabic names of the countries. */
  private readonly names = new Set<string>();
  /** Answers given, by word (a text asks about the same few words again and again). */
  private readonly known = new Map<string, boolean>();

  constructor(entries: readonly EntityEntry[]) {
    for (const entry of entries) {
      if (entry.kind !== "country") continue;
      for (const name of entry.names.ar ?? []) {
        const key = matchKey(name);
        if (!key.includes(" ")) this.names.add(key);
      }
    }
  }

  /** Is the folded word `key` («العماني», ة folded to ه) an adjective of a listed country? */
  has(key: string): boolean {
    let answer = this.known.get(key);
    if (answer === undefined) {
      if (this.known.size >= MOST_KNOWN) this.known.clear();
      this.known.set(key, (answer = this.compute(key)));
    }
    return answer;
  }

  private compute(key: string): boolean {
    if (!key.startsWith("ال")) return false;
    const ending = key.endsWith("يه") ? 2 : key.endsWith("ي") ? 1 : 0;
    const stem = key.slice(2, key.length - ending);
    if (ending === 0 || stem.length < 2) return false;
    const names = this.names;
    return names.has(stem) || names.has(`ال${stem}`) || names.has(`${stem}ا`) || names.has(`${stem}يا`) || names.has(`ال${stem}يه`);
  }
}

/** Answers kept before the memo starts again (words of a long text are many). */
const MOST_KNOWN = 1 << 14;
