export { createTagger, tagEntities } from "./api.js";
export { toBio, toConll, toHtml, toJson } from "./output.js";
export type { BioToken } from "./output.js";
export { romanizationKey } from "./romanize.js";
export type { Tagger, TaggerOptions } from "./tagger.js";
export type { EntityEntry, EntryType } from "./entry.js";
export type { Entity, EntityType, EntityValue, MoneyValue, PercentValue } from "./types.js";
