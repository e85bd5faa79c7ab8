// Direction in the HTML report: Latin runs inside Arabic text are isolated in
// <bdi dir="ltr" lang="en"> so "GPT-4.5" or "Allen & Co" never get reordered by their
// Arabic neighbours; isolate controls in formatter output (RLI/LRI/FSI … PDI) become <bdi>.
import { escapeHtml } from "./escape.mjs";

// One code point at a time; a Latin run starts at a Latin letter, may go on through digits and
// neutrals (spaces, ". - & / ' :"…), and ends at its last Latin letter or digit before an Arabic
// letter, a line break or the end. Digits alone are left to the bidi algorithm (they render LTR anyway).
const LATIN_LETTER = /\p{Script=Latin}/u;
const DIGIT = /\p{Nd}/u;
const STRONG_NON_LATIN = /[\p{L}\n\r]/u; // any other letter, or a line break, ends the run
const OPENING = "([{";
const CLOSING = ")]}";

/**
 * Splits text into plain and Latin runs.
 * @param {string} text
 * @returns {Array<{ text: string, latin: boolean }>}
 */
export function splitLatinRuns(text) {
  /** @type {Array<{ text: string, latin: boolean }>} */
  const runs = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (!LATIN_LETTER.test(ch)) {
      i += ch.length;
      continue;
    }
    const runStart = i;
    let runEnd = i + ch.length;
    let j = runEnd;
    // Brackets opened inside the run close inside it too: "alert(1)", "Allen (US)".
    let openBrackets = 0;
    while (j < text.length) {
      const next = String.fromCodePoint(text.codePointAt(j) ?? 0);
      if (LATIN_LETTER.test(next) || DIGIT.test(next)) {
        j += next.length;
        runEnd = j;
      } else if (STRONG_NON_LATIN.test(next)) {
        break;
      } else {
        j += next.length;
        if (OPENING.includes(next)) openBrackets++;
        else if (CLOSING.includes(next) && openBrackets > 0) {
          openBrackets--;
          runEnd = j;
        }
      }
    }
    if (runStart > plainStart) runs.push({ text: text.slice(plainStart, runStart), latin: false });
    runs.push({ text: text.slice(runStart, runEnd), latin: true });
    plainStart = runEnd;
    // Neutrals after runEnd are scanned at most twice: linear overall.
    i = runEnd;
  }
  if (plainStart < text.length) runs.push({ text: text.slice(plainStart), latin: false });
  return runs;
}

/**
 * Escaped HTML for a piece of Arabic-context text, Latin runs isolated.
 * @param {string} text
 */
export function textToHtml(text) {
  return splitLatinRuns(text)
    .map((run) => (run.latin ? `<bdi dir="ltr" lang="en">${showBidiControls(run.text)}</bdi>` : showBidiControls(run.text)))
    .join("");
}

// Explicit direction controls in article text could reorder what the reader sees (Trojan Source):
// the page shows each one as a visible, inert label instead of obeying it.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
/** @type {Record<string, string>} */
const CONTROL_NAMES = {
  "\u202A": "LRE", "\u202B": "RLE", "\u202C": "PDF", "\u202D": "LRO", "\u202E": "RLO",
  "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
};

/**
 * Escapes text and replaces each direction control by a visible label.
 * @param {string} text
 */
export function showBidiControls(text) {
  return escapeHtml(text).replace(DIRECTION_CONTROL, (ch) => {
    const code = `U+${ch.codePointAt(0)?.toString(16).toUpperCase()}`;
    return `<span class="bidi-ctl" title="${code}">${CONTROL_NAMES[ch] ?? code}</span>`;
  });
}

const LRI = "\u2066";
const RLI = "\u2067";
const FSI = "\u2068";
const PDI = "\u2069";
// Embeddings and overrides (LRE RLE PDF LRO RLO) are never passed through (Trojan Source).
const EMBEDDING_OR_OVERRIDE = /[\u202A-\u202E]/g;

/**
 * Escaped HTML for formatter output that isolates its runs with RLI/LRI/FSI … PDI: each isolate
 * becomes a <bdi>, a stray PDI is dropped and an unclosed isolate is closed at the end.
 * In an RTL paragraph, text outside any isolate (and inside RTL ones) also gets its Latin runs
 * isolated; in an LTR paragraph the text outside isolates is Latin already.
 * @param {string} text
 * @param {"rtl" | "ltr"} [baseDirection]
 */
export function isolatedTextToHtml(text, baseDirection = "rtl") {
  const clean = text.replace(EMBEDDING_OR_OVERRIDE, "");
  /** @type {Array<"ltr" | "rtl" | "auto">} */
  const stack = [];
  let html = "";
  let chunkStart = 0;
  const flush = (/** @type {number} */ end) => {
    const chunk = clean.slice(chunkStart, end);
    const direction = stack.at(-1) ?? baseDirection;
    html += direction === "ltr" ? escapeHtml(chunk) : textToHtml(chunk);
  };
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    if (ch !== LRI && ch !== RLI && ch !== FSI && ch !== PDI) continue;
    flush(i);
    chunkStart = i + 1;
    if (ch === LRI) {
      stack.push("ltr");
      html += '<bdi dir="ltr" lang="en">';
    } else if (ch === RLI) {
      stack.push("rtl");
      html += '<bdi dir="rtl" lang="ar">';
    } else if (ch === FSI) {
      stack.push("auto");
      html += "<bdi>";
    } else if (stack.length > 0) {
      stack.pop();
      html += "</bdi>";
    }
  }
  flush(clean.length);
  html += "</bdi>".repeat(stack.length);
  return html;
}

/**
 * The text without isolate, embedding or override controls (for the terminal and for titles).
 * @param {string} text
 */
export function stripBidiControls(text) {
  return text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, "");
}
