// Names and value descriptions shown to people, shared by the terminal and the HTML report.

/** @typedef {import("./analyze.mjs").Entity} Entity */

/** Entity types in legend order, with their Arabic and English labels. */
export const ENTITY_TYPES = [
  { type: "PERSON", ar: "شخص", en: "Person" },
  { type: "ORG", ar: "مؤسسة", en: "Organization" },
  { type: "PRODUCT", ar: "منتج", en: "Product" },
  { type: "LOCATION", ar: "مكان", en: "Location" },
  { type: "DATE", ar: "تاريخ", en: "Date" },
  { type: "TIME", ar: "وقت", en: "Time" },
  { type: "MONEY", ar: "مبلغ", en: "Money" },
  { type: "PERCENT", ar: "نسبة", en: "Percent" },
];

const LABELS = new Map(ENTITY_TYPES.map((t) => [t.type, t]));

/**
 * "مؤسسة · Organization"; a type added later by the tagger shows as itself.
 * @param {string} type
 */
export function typeLabel(type) {
  const label = LABELS.get(type);
  return label ? `${label.ar} · ${label.en}` : type;
}

/**
 * What groups mentions of one entity: its id when linked, else its type and text.
 * @param {Entity} entity
 */
export function entityKey(entity) {
  return entity.id ?? `${entity.type}:${entity.canonical ?? entity.text}`;
}

const NUMBER_EN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/**
 * The entity's value in words a reader checks at a glance: "13,000,000,000 USD", "20%", "2025-07".
 * Returns "" for entities without a value.
 * @param {Entity} entity
 */
export function describeValue(entity) {
  const value = entity.value;
  if (value === undefined || value === null) return "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (typeof value === "object") {
    if ("amount" in value && typeof value.amount === "number") {
      return `${NUMBER_EN.format(value.amount)}${"currency" in value && value.currency ? ` ${String(value.currency)}` : ""}`;
    }
    if ("ratio" in value && typeof value.ratio === "number") {
      return `${NUMBER_EN.format(value.ratio * 100)}%`;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/** Reference styles and locales the report prints. */
export const REFERENCE_STYLES = [
  { style: "apa", name: "APA" },
  { style: "chicago", name: "Chicago" },
];
export const REFERENCE_LOCALES = [
  { locale: "ar", name: "العربية" },
  { locale: "en", name: "English" },
];
