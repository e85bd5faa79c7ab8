// The article text as HTML: paragraphs, entity <mark>s and attribution parts, all from offsets
// into the original text (UTF-16, end exclusive). Text is sliced, escaped and never re-parsed.
import { escapeHtml } from "./escape.mjs";
import { showBidiControls, splitLatinRuns, textToHtml } from "./bidi.mjs";
import { describeValue, entityKey, typeLabel } from "./labels.mjs";

/** @typedef {import("./analyze.mjs").Entity} Entity */
/** @typedef {import("./analyze.mjs").AttributionPart} AttributionPart */

/**
 * Keeps the entities that lie inside the text and do not overlap an earlier kept one
 * (sorted by start, longer first), so each becomes exactly one <mark>.
 * @param {Entity[]} entities
 * @param {number} textLength
 * @returns {Entity[]}
 */
export function markableEntities(entities, textLength) {
  const sorted = entities
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= textLength && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  /** @type {Entity[]} */
  const kept = [];
  let lastEnd = -1;
  for (const entity of sorted) {
    if (entity.start < lastEnd) continue;
    kept.push(entity);
    lastEnd = entity.end;
  }
  return kept;
}

const ROLE_ORDER = /** @type {const} */ (["quote", "source", "cue"]);
const ROLE_LABEL = { quote: "اقتباس", source: "المصدر", cue: "فعل الإسناد" };

/**
 * Renders the article body: one <p> per non-empty line, entities as focusable <mark>s,
 * attribution parts as <span class="attr attr-ROLE"> around whole segments.
 * @param {string} text
 * @param {Entity[]} entities
 * @param {AttributionPart[]} parts
 * @returns {string}
 */
export function renderArticleBody(text, entities, parts) {
  const marks = markableEntities(entities, text.length);
  // An attribution edge that falls inside an entity is moved to the entity's edge, so a
  // <mark> is never split and each tagged entity is exactly one element.
  const entityAt = new Int32Array(text.length + 1).fill(-1);
  marks.forEach((entity, index) => {
    for (let i = entity.start + 1; i < entity.end; i++) entityAt[i] = index;
  });
  const snap = (/** @type {number} */ offset, /** @type {"start" | "end"} */ side) => {
    const index = entityAt[offset] ?? -1;
    if (index < 0) return offset;
    const entity = /** @type {Entity} */ (marks[index]);
    return side === "start" ? entity.start : entity.end;
  };
  const spans = parts
    .filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= text.length && p.start < p.end)
    .map((p) => ({ ...p, start: snap(p.start, "start"), end: snap(p.end, "end") }));

  // Latin runs are found on the whole text, so a run that a mark or an attribution edge cuts
  // («Microsoft’s» with a mark on «Microsoft») is still isolated, and read left to right, as one.
  // A run with an edge inside a mark is left to the per-piece isolation below.
  /** @type {Array<{ start: number, end: number }>} */
  const latinRuns = [];
  let offset = 0;
  for (const run of splitLatinRuns(text)) {
    const end = offset + run.text.length;
    if (run.latin && (entityAt[offset] ?? -1) < 0 && (entityAt[end] ?? -1) < 0) latinRuns.push({ start: offset, end });
    offset = end;
  }

  const cuts = new Set([0, text.length]);
  for (const r of latinRuns) cuts.add(r.start).add(r.end);
  for (const e of marks) cuts.add(e.start).add(e.end);
  for (const s of spans) cuts.add(s.start).add(s.end);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n" && (entityAt[i] ?? -1) < 0 && (entityAt[i + 1] ?? -1) < 0) cuts.add(i).add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const markByStart = new Map(marks.map((e) => [e.start, e]));

  /** @type {string[]} */
  const paragraphs = [];
  let line = "";
  let lineHasText = false;
  let runIndex = 0;
  let runHtml = "";
  for (let k = 0; k + 1 < points.length; k++) {
    const start = /** @type {number} */ (points[k]);
    const end = /** @type {number} */ (points[k + 1]);
    const piece = text.slice(start, end);
    if (piece === "\n") {
      if (lineHasText) paragraphs.push(line);
      line = "";
      lineHasText = false;
      continue;
    }
    while (runIndex < latinRuns.length && /** @type {{ end: number }} */ (latinRuns[runIndex]).end <= start) runIndex++;
    const run = latinRuns[runIndex];
    const inRun = run !== undefined && run.start <= start && end <= run.end;
    const entity = markByStart.get(start);
    let html = entity && entity.end === end ? renderMark(entity, piece, inRun) : inRun ? showBidiControls(piece) : textToHtml(piece);
    const active = spans.filter((s) => s.start <= start && end <= s.end);
    for (const role of [...ROLE_ORDER].reverse()) {
      const covering = active.filter((s) => s.role === role);
      if (covering.length === 0) continue;
      const ids = covering.map((s) => `a${s.attribution}`).join(" ");
      html = `<span class="attr attr-${role}" data-attr="${escapeHtml(ids)}" title="${escapeHtml(ROLE_LABEL[role])}">${html}</span>`;
    }
    if (piece.trim() !== "") lineHasText = true;
    if (!inRun) {
      line += html;
      continue;
    }
    runHtml += html;
    if (end === run.end) {
      line += `<bdi dir="ltr" lang="en">${runHtml}</bdi>`;
      runHtml = "";
    }
  }
  if (lineHasText) paragraphs.push(line);
  return paragraphs.map((p) => `<p>${p}</p>`).join("\n");
}

/**
 * One entity as a focusable <mark>; the tooltip script reads the data-* attributes.
 * @param {Entity} entity
 * @param {string} [covered] the text the entity covers, sliced from the original
 * @param {boolean} [insideLatinRun] the mark sits in a Latin run isolated around it already
 */
export function renderMark(entity, covered = entity.text, insideLatinRun = false) {
  const attrs = [
    `class="ent"`,
    `data-type="${escapeHtml(entity.type)}"`,
    `data-key="${escapeHtml(entityKey(entity))}"`,
    `data-label="${escapeHtml(typeLabel(entity.type))}"`,
    `data-start="${entity.start}"`,
    `data-end="${entity.end}"`,
    `tabindex="0"`,
  ];
  if (entity.canonical) attrs.push(`data-canonical="${escapeHtml(entity.canonical)}"`);
  if (entity.id) attrs.push(`data-id="${escapeHtml(entity.id)}"`);
  const value = describeValue(entity);
  if (value) attrs.push(`data-value="${escapeHtml(value)}"`);
  if (entity.prefix) attrs.push(`data-prefix="${escapeHtml(entity.prefix)}"`);
  return `<mark ${attrs.join(" ")}>${insideLatinRun ? showBidiControls(covered) : textToHtml(covered)}</mark>`;
}
