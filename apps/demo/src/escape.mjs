// Everything the report prints comes from article text, the tagger or the citation formatter, so
// every string goes through one of these before it touches HTML. Article data is only ever put in
// text and double-quoted attribute contexts, never inside <script>, <style>, URLs or event handlers.

/** @type {Record<string, string>} */
const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes a value for an HTML text node or a double-quoted attribute value.
 * NUL and lone surrogates need no escaping: the HTML parser turns them into U+FFFD.
 * @param {unknown} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * A URL from metadata, kept only when it is an absolute http(s) URL; `javascript:`, `data:`,
 * relative and unparsable URLs give null so they are shown as text, never linked.
 * @param {unknown} url
 * @returns {string | null}
 */
export function safeHttpUrl(url) {
  if (typeof url !== "string") return null;
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}
