// Groups an article's entity mentions the way a reader wants them: one line per entity with all
// its spellings, and the value-bearing mentions (amounts, percentages, dates, times) one by one.
import { describeValue, entityKey } from "./labels.mjs";

/** @typedef {import("./analyze.mjs").Entity} Entity */
/** @typedef {import("./analyze.mjs").Attribution} Attribution */
/** @typedef {import("./analyze.mjs").AttributionPart} AttributionPart */
/**
 * @typedef {{ key: string, type: string, name: string, id: string, count: number,
 *   spellings: Array<{ text: string, count: number }> }} EntityGroup
 */

export const VALUE_TYPES = new Set(["MONEY", "PERCENT", "DATE", "TIME"]);

/**
 * Named entities grouped by id (or type + name when unlinked), most mentioned first.
 * @param {Entity[]} entities
 * @returns {EntityGroup[]}
 */
export function groupNamedEntities(entities) {
  /** @type {Map<string, { key: string, type: string, name: string, id: string, count: number, spellings: Map<string, number> }>} */
  const groups = new Map();
  for (const entity of entities) {
    if (VALUE_TYPES.has(entity.type)) continue;
    const key = entityKey(entity);
    let group = groups.get(key);
    if (!group) {
      group = { key, type: entity.type, name: entity.canonical ?? entity.text, id: entity.id ?? "", count: 0, spellings: new Map() };
      groups.set(key, group);
    }
    group.count++;
    group.spellings.set(entity.text, (group.spellings.get(entity.text) ?? 0) + 1);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, spellings: [...g.spellings].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Amounts, percentages, dates and times in text order, each with its described value.
 * @param {Entity[]} entities
 */
export function valueMentions(entities) {
  return entities
    .filter((e) => VALUE_TYPES.has(e.type))
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ type: e.type, text: e.text, value: describeValue(e), start: e.start }));
}

/**
 * The attribution parts that have spans, for marking them in the text.
 * @param {Attribution[]} attributions
 * @returns {AttributionPart[]}
 */
export function attributionParts(attributions) {
  /** @type {AttributionPart[]} */
  const parts = [];
  for (const a of attributions) {
    for (const role of /** @type {const} */ (["quote", "source", "cue"])) {
      const span = a[role];
      if (span) parts.push({ start: span.start, end: span.end, role, attribution: a.index });
    }
  }
  return parts;
}
