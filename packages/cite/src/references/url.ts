import { cleanText } from "./text-utils.js";

/**
 * The address to print for an item, or "" when there is none or it is unsafe. Only http and https
 * addresses are kept (a DOI becomes https://doi.org/…); `javascript:`, `data:` and every other
 * scheme are dropped. Characters that may not appear in a URL (space, quotes, angle brackets,
 * controls) are percent-encoded so the address can be printed and linked as it is.
 */
export function safeLink(url: unknown, doi?: unknown): string {
  const d = cleanText(doi);
  if (d) {
    const bare = d.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "");
    if (/^10\.\d{4,9}\/\S+$/.test(bare)) return "https://doi.org/" + encodeUnsafe(bare);
  }
  const u = cleanText(url);
  if (!u) return "";
  if (/^https?:\/\/[^\s/?#]+/i.test(u)) return encodeUnsafe(u);
  if (/^doi:\s*10\.\d{4,9}\/\S+$/i.test(u)) return "https://doi.org/" + encodeUnsafe(u.replace(/^doi:\s*/i, ""));
  return "";
}

function encodeUnsafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be percent-encoded
  return text.replace(/[\s"'<>`\\^{}|\u0000-\u001F\u007F\u200E\u200F\u061C]/g, (ch) =>
    Array.from(new TextEncoder().encode(ch), (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join(""),
  );
}
