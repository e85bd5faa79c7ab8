// The terminal report: plain text, colours only when asked (a TTY without NO_COLOR).
import { firstLine } from "./articles.mjs";
import { stripBidiControls } from "./bidi.mjs";
import { groupNamedEntities, valueMentions } from "./summary.mjs";

/** @typedef {import("./analyze.mjs").Analysis} Analysis */

/**
 * Colours only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org).
 * @param {{ isTTY?: boolean }} stream
 * @param {Record<string, string | undefined>} env
 */
export function useColor(stream, env) {
  return Boolean(stream.isTTY) && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}

const CODES = { bold: [1, 22], dim: [2, 22], cyan: [36, 39], yellow: [33, 39], green: [32, 39], magenta: [35, 39], red: [31, 39] };

/** @param {boolean} color */
function painter(color) {
  /** @type {Record<keyof typeof CODES, (s: string) => string>} */
  const paint = /** @type {any} */ ({});
  for (const [name, [on, off]] of Object.entries(CODES)) {
    paint[/** @type {keyof typeof CODES} */ (name)] = color ? (s) => `\u001b[${on}m${s}\u001b[${off}m` : (s) => s;
  }
  return paint;
}

// Control characters from the article must not reach the terminal as escape sequences.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** @param {string} text */
function clean(text) {
  return stripBidiControls(text).replace(TERMINAL_CONTROLS, "").replace(/\s+/g, " ").trim();
}

/**
 * @param {Analysis} analysis
 * @param {{ color?: boolean }} [options]
 * @returns {string}
 */
export function formatTerminalReport(analysis, { color = false } = {}) {
  const c = painter(color);
  const lines = [];
  const heading = (/** @type {string} */ s) => lines.push("", c.cyan(c.bold(s)));
  lines.push(c.bold(`══ ${analysis.id} ══`));
  lines.push(`${c.dim("Title:   ")} ${clean(analysis.title) || c.dim(`(none found; first line: ${clean(firstLine(analysis.text))})`)}`);
  lines.push(`${c.dim("Date:    ")} ${[analysis.date, analysis.time].filter(Boolean).join(" ") || c.dim("(none found)")}`);
  lines.push(`${c.dim("Author:  ")} ${analysis.authors.map(clean).join("، ") || c.dim("(none found)")}`);
  lines.push(`${c.dim("Outlet:  ")} ${clean(analysis.outlet) || c.dim("(none found)")}`);
  if (analysis.normalizedLength !== null) {
    lines.push(
      `${c.dim("Text:    ")} ${analysis.text.length} → ${analysis.normalizedLength} UTF-16 units after the "search" preset, ${analysis.changes} changes`,
    );
  }

  const groups = groupNamedEntities(analysis.entities);
  heading(`Entities (${groups.length} distinct, ${groups.reduce((n, g) => n + g.count, 0)} mentions)`);
  for (const g of groups) {
    const spellings = g.spellings.map((s) => `${clean(s.text)} ×${s.count}`).join(" | ");
    lines.push(`  ${c.yellow(g.type.padEnd(8))} ${c.bold(clean(g.name))} ×${g.count}${g.id ? c.dim(`  [${clean(g.id)}]`) : ""}`);
    lines.push(`           ${c.dim("seen as:")} ${spellings}`);
  }

  const values = valueMentions(analysis.entities);
  heading(`Amounts and dates (${values.length})`);
  for (const v of values) {
    lines.push(`  ${c.yellow(v.type.padEnd(8))} ${clean(v.text)}  →  ${c.green(clean(v.value) || "(no value)")}`);
  }

  heading(`Attributions (${analysis.attributions.length})`);
  for (const a of analysis.attributions) {
    const who = clean(a.sourceText) || "(no source named)";
    const notes = [
      a.sourceCanonical && a.sourceCanonical !== a.sourceText ? clean(a.sourceCanonical) : "",
      a.sourceIsOutlet ? "outlet" : "",
      a.anonymous ? "anonymous" : "",
    ].filter(Boolean);
    lines.push(`  ${c.magenta(who)}${notes.length ? c.dim(` (${notes.join(", ")})`) : ""} — cue: ${clean(a.cueText)}`);
    if (a.quoteText) lines.push(`      ${a.direct ? "quote" : "reported"}: «${clean(a.quoteText)}»`);
  }

  heading("References");
  for (const r of analysis.references) {
    lines.push(`  ${c.bold(`${r.styleName} (${r.locale})`)}  ${clean(r.text)}`);
  }
  if (analysis.references.length === 0) lines.push(c.dim("  (no metadata, no reference)"));

  if (analysis.messages.length > 0) {
    heading("Messages");
    for (const m of analysis.messages) lines.push(`  ${c.red(clean(m))}`);
  }
  return lines.join("\n");
}
