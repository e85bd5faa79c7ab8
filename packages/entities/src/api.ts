import { builtinEntries, builtinGivenNames } from "./builtins.js";
import { buildTagger } from "./tagger.js";
import type { Tagger, TaggerOptions } from "./tagger.js";
import type { Entity } from "./types.js";
import { findValues } from "./values/index.js";

/**
 * Builds a tagger over the built-in gazetteer (companies, products, people, media,
 * places, ISO countries) plus `options.entities`, or over `options.entities` alone with
 * `replaceBuiltins: true`. Building compiles the names into a trie once; reuse the
 * tagger for many texts: it also keeps what it works out about the words it meets (its
 * vocabulary, up to ~20 MB), so the next texts go faster. The entities it finds in a text
 * do not depend on the texts it tagged before.
 *
 * @throws TypeError naming the entry when an entry has no id, type, canonical name or
 *   names, or an empty alias; Error when two entries share an id.
 * @example
 * const tagger = createTagger({ entities: [{ id: "org:acme", type: "ORG", canonical: "Acme",
 *   names: { en: ["Acme"], ar: ["أكمي"] } }] });
 * tagger.tag("وقعت أكمي اتفاقا")[0].id; // "org:acme"
 */
export function createTagger(options: TaggerOptions = {}): Tagger {
  return buildTagger({ entries: builtinEntries, givenNames: builtinGivenNames, findValues }, options);
}

const cache = new Map<string, Tagger>();

/**
 * Tags `text` with the built-in gazetteer (or the entries in `options`): names (PERSON,
 * ORG, PRODUCT, LOCATION, linked across scripts to one `id` and English `canonical`) and
 * values (MONEY, PERCENT, DATE, TIME). Spans are UTF-16 offsets into `text`, sorted and
 * never overlapping; a proclitic glued to a name is reported in `prefix`, outside the span.
 *
 * @throws TypeError when `text` is not a string.
 */
export function tagEntities(text: string, options: TaggerOptions = {}): Entity[] {
  if (typeof text !== "string") throw new TypeError(`text must be a string, got ${typeof text}`);
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  if (options.entities !== undefined || options.replaceBuiltins) return createTagger(options).tag(text);
  const key = JSON.stringify([options.referenceDate, options.values, options.guess, options.minConfidence]);
  let tagger = cache.get(key);
  if (tagger === undefined) {
    if (cache.size > 16) cache.clear();
    tagger = createTagger(options);
    cache.set(key, tagger);
  }
  return tagger.tag(text);
}
