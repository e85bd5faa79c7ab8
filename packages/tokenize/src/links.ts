import type { Span } from "./types.js";

export interface LinkSpan extends Span {
  kind: "url" | "email";
}

// Characters that may end a URL in the text but are almost never its last
// character: sentence punctuation and closing quotes in both scripts.
const TRAILING = new Set([...".,;:!?'\"»”’›)]}،؛؟…"]);
const EMAIL_LOCAL = /[\w.%+-]/;
const EMAIL_DOMAIN = /[A-Z0-9.-]/i;
const SCHEME_CHAR = /[A-Z0-9+.-]/i;

/**
 * Finds URLs (with a scheme or starting «www.») and e-mail addresses. Works
 * chunk by chunk between white space with plain index scans, so cost is linear
 * in the input whatever it holds.
 */
export function findLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  const chunk = /\S+/gu;
  let match: RegExpExecArray | null;
  while ((match = chunk.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const found = linkInChunk(text, start, end) ?? emailInChunk(text, start, end);
    if (found) links.push(found);
  }
  return links;
}

function trimTrailing(text: string, start: number, end: number): number {
  let opens = 0;
  let closes = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === "(") opens++;
    else if (text[i] === ")") closes++;
  }
  while (end > start && TRAILING.has(text[end - 1]!)) {
    if (text[end - 1] === ")") {
      // Keep a closing parenthesis the URL itself opened (Wikipedia-style paths).
      if (opens >= closes) break;
      closes--;
    }
    end--;
  }
  return end;
}

function linkInChunk(text: string, start: number, end: number): LinkSpan | null {
  const chunk = text.slice(start, end);
  let linkStart = -1;
  const scheme = chunk.indexOf("://");
  if (scheme > 0) {
    let s = scheme;
    while (s > 0 && SCHEME_CHAR.test(chunk[s - 1]!)) s--;
    // The scheme starts with a letter: «وhttps://…» leaves «و» outside.
    while (s < scheme && !/[A-Z]/i.test(chunk[s]!)) s++;
    if (s < scheme) linkStart = start + s;
  } else {
    const www = chunk.toLowerCase().indexOf("www.");
    if (www >= 0 && (www === 0 || !/[A-Z0-9]/i.test(chunk[www - 1]!))) linkStart = start + www;
  }
  if (linkStart < 0) return null;
  const linkEnd = trimTrailing(text, linkStart, end);
  // A bare scheme or «www.» with nothing after it is not a link.
  if (linkEnd - linkStart < 8) return null;
  return { start: linkStart, end: linkEnd, kind: "url" };
}

function emailInChunk(text: string, start: number, end: number): LinkSpan | null {
  const at = text.indexOf("@", start);
  if (at < 0 || at >= end) return null;
  let s = at;
  while (s > start && EMAIL_LOCAL.test(text[s - 1]!)) s--;
  while (s < at && text[s] === ".") s++;
  if (s === at) return null;
  let e = at + 1;
  while (e < end && EMAIL_DOMAIN.test(text[e]!)) e++;
  while (e > at + 1 && (text[e - 1] === "." || text[e - 1] === "-")) e--;
  const domain = text.slice(at + 1, e);
  const lastDot = domain.lastIndexOf(".");
  if (lastDot <= 0 || !/^[A-Z]{2,}$/i.test(domain.slice(lastDot + 1))) return null;
  return { start: s, end: e, kind: "email" };
}
