/**
 * Entity types every qalam package understands. More may be added; code that
 * switches on them keeps a default branch.
 */
export type EntityType =
  | "PERSON"
  | "ORG"
  | "PRODUCT"
  | "LOCATION"
  | "DATE"
  | "TIME"
  | "MONEY"
  | "PERCENT";

/** MONEY: «13.75 مليار دولار» → `{ amount: 13750000000, currency: "USD" }` (ISO 4217). */
export interface MoneyValue {
  amount: number;
  currency: string;
}

/** PERCENT: «20%» → `{ ratio: 0.2 }`. */
export interface PercentValue {
  ratio: number;
}

/**
 * The normalized value of an entity: MONEY and PERCENT as objects, DATE as an
 * ISO 8601 string exactly as precise as the text ("2025-07"), TIME as "HH:MM".
 */
export type EntityValue = MoneyValue | PercentValue | string;

/**
 * One entity found in a text. `start`/`end` are UTF-16 offsets into the text the
 * caller passed in (end exclusive), so `text.slice(start, end) === entity.text`.
 * The span excludes attached proclitics, which are reported in `prefix`.
 */
export interface Entity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** English canonical name of a linked entity, e.g. "Microsoft". */
  canonical?: string;
  /** Stable id of a linked entity, e.g. "org:microsoft". */
  id?: string;
  value?: EntityValue;
  /** Proclitics glued to the name in the text («ب» in «بمايكروسوفت», «لـ» in «لـOpenAI»). */
  prefix?: string;
  /** 0..1, how sure the tagger is; gazetteer matches are near 1, guesses lower. */
  confidence?: number;
  /** Which mechanism found it: "gazetteer", "value", "latin-run", "context", "romanization", … */
  source?: string;
}
