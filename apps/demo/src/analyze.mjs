// Runs the qalam pipeline over the articles and flattens each document into the plain shape the
// terminal and HTML reports print. Nothing here invents data: a field the packages did not
// produce stays empty, and a stage that failed shows up as a message from the pipeline.
import { pipeline, stages } from "@qalam/pipeline";
import { REFERENCE_LOCALES, REFERENCE_STYLES } from "./labels.mjs";

/** @typedef {import("@qalam/entities").Entity} Entity */
/** @typedef {import("@qalam/cite").CslItem} CslItem */
/** @typedef {import("@qalam/pipeline").QalamDoc} QalamDoc */
/** @typedef {{ start: number, end: number, text: string }} Span */
/**
 * @typedef {{ index: number, cue: Span | null, source: Span | null, quote: Span | null,
 *   anonymous: boolean, sourceText: string, cueText: string, quoteText: string,
 *   sourceCanonical: string, sourceIsOutlet: boolean, direct: boolean }} Attribution
 * `direct`: the quote is in quotation marks (else it is the reported clause).
 */
/** @typedef {{ start: number, end: number, role: "cue" | "source" | "quote", attribution: number }} AttributionPart */
/** @typedef {{ style: string, styleName: string, locale: string, localeName: string, text: string }} Reference */
/**
 * @typedef {{
 *   id: string, text: string, title: string, date: string, time: string, authors: string[], outlet: string,
 *   url: string, metadata: CslItem | null, entities: Entity[], attributions: Attribution[],
 *   references: Reference[], messages: string[], normalizedLength: number | null, changes: number | null
 * }} Analysis
 * `normalizedLength` and `changes`: the "search" preset's output length and number of changes.
 */

/** The whole chain, as the demo runs it. */
export const demoPipeline = pipeline(
  stages.normalize("search"),
  stages.tokenize(),
  stages.tagEntities(),
  stages.extractMetadata(),
  stages.extractAttributions(),
  stages.formatCitations({
    styles: REFERENCE_STYLES.map((s) => /** @type {"apa" | "chicago"} */ (s.style)),
    locales: REFERENCE_LOCALES.map((l) => /** @type {"ar" | "en"} */ (l.locale)),
    format: "text",
  }),
);

/**
 * Runs the pipeline over the articles (in order, two at a time) and flattens each result.
 * `metadata` given with an article (say its URL) wins over what is extracted from its text.
 * @param {Array<{ id: string, text: string, metadata?: Partial<CslItem> }>} articles
 * @returns {Promise<Analysis[]>}
 */
export async function analyzeArticles(articles) {
  /** @type {Analysis[]} */
  const analyses = [];
  const docs = articles.map((a) => (a.metadata ? { id: a.id, text: a.text, metadata: a.metadata } : { id: a.id, text: a.text }));
  for await (const doc of demoPipeline.runAll(docs, { concurrency: 2 })) {
    analyses.push(toAnalysis(doc));
  }
  return analyses;
}

/**
 * @param {QalamDoc} doc
 * @returns {Analysis}
 */
export function toAnalysis(doc) {
  const { text } = doc;
  const metadata = doc.metadata ?? null;
  /** @type {Reference[]} */
  const references = [];
  for (const citation of doc.citations ?? []) {
    references.push({
      style: citation.style,
      styleName: REFERENCE_STYLES.find((s) => s.style === citation.style)?.name ?? citation.style,
      locale: citation.locale,
      localeName: REFERENCE_LOCALES.find((l) => l.locale === citation.locale)?.name ?? citation.locale,
      text: citation.value,
    });
  }
  const messages = doc.messages.map(
    (m) => `${m.rule} (${m.stage})${m.start !== undefined ? ` at ${m.start}–${m.end ?? m.start}` : ""}: ${m.reason}`,
  );
  return {
    id: String(doc.id ?? ""),
    text,
    ...describeMetadata(metadata),
    metadata,
    entities: doc.entities ?? [],
    attributions: (doc.attributions ?? []).map((raw, index) => toAttribution(raw, index, text)),
    references,
    messages,
    normalizedLength: doc.normalized ? doc.normalized.text.length : null,
    changes: doc.normalized ? doc.normalized.edits.numberOfChanges : null,
  };
}

/**
 * @param {CslItem | null} item
 */
export function describeMetadata(item) {
  if (!item) return { title: "", date: "", time: "", authors: [], outlet: "", url: "" };
  const authors = (item.author ?? [])
    .map((name) => name.literal ?? [name.given, name.family].filter(Boolean).join(" "))
    .filter((name) => name !== "");
  const custom = item.custom ?? {};
  return {
    title: typeof item.title === "string" ? item.title : "",
    date: describeCslDate(item.issued),
    time: typeof custom.time === "string" ? custom.time : "",
    authors,
    outlet: String(item["container-title"] ?? item.publisher ?? ""),
    url: typeof item.URL === "string" ? item.URL : "",
  };
}

/**
 * A CSL date as ISO 8601 as precise as it is ("2024-10-20", "2025-07"), else its raw text.
 * @param {import("@qalam/cite").CslDate | undefined} date
 */
export function describeCslDate(date) {
  const parts = date?.["date-parts"]?.[0];
  if (Array.isArray(parts) && typeof parts[0] === "number") {
    const [year, month, day] = parts;
    return [String(year).padStart(4, "0"), month, day]
      .filter((part) => part !== undefined && part !== null)
      .map((part) => String(part).padStart(2, "0"))
      .join("-");
  }
  return date?.raw ?? date?.literal ?? "";
}

/**
 * An attribution part as a span of the original text, or null when it has no offsets.
 * @param {unknown} part
 * @param {string} text
 * @returns {Span | null}
 */
function toSpan(part, text) {
  if (part && typeof part === "object" && "start" in part && "end" in part) {
    const { start, end } = /** @type {{ start: unknown, end: unknown }} */ (part);
    if (Number.isInteger(start) && Number.isInteger(end)) {
      const s = /** @type {number} */ (start);
      const e = /** @type {number} */ (end);
      return { start: s, end: e, text: text.slice(s, e) };
    }
  }
  return null;
}

/**
 * @param {any} raw
 * @param {number} index
 * @param {string} text
 * @returns {Attribution}
 */
function toAttribution(raw, index, text) {
  const cue = toSpan(raw?.cue, text);
  const source = toSpan(raw?.source, text);
  const quote = toSpan(raw?.quote, text);
  const asText = (/** @type {unknown} */ part, /** @type {Span | null} */ span) =>
    span ? span.text : typeof part === "string" ? part : part && typeof part === "object" && "text" in part ? String(part.text) : "";
  return {
    index,
    cue,
    source,
    quote,
    anonymous: Boolean(raw?.anonymous),
    cueText: asText(raw?.cue, cue),
    sourceText: asText(raw?.source, source),
    quoteText: asText(raw?.quote, quote),
    sourceCanonical: typeof raw?.source?.canonical === "string" ? raw.source.canonical : "",
    sourceIsOutlet: raw?.source?.outlet === true,
    direct: raw?.quote?.direct === true,
  };
}
