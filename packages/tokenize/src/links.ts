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
 * Finds URLs (with a scheme or starting «www.») and e-mail addresses. Looks
 * only at the white-space-delimited chunks around "://", "www." and "@", each
 * scanned once, so cost is linear in the input whatever it holds.
 */
export function findLinks(text: string): LinkSpan[] {
  // Only chunks holding "://", "www." or "@" can hold a link: find those marks
  // with native indexOf, then look at their chunk only.
  const chunkStarts = new Set<number>();
  const marks: number[] = [];
  for (const needle of ["://", "@"]) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) marks.push(at);
  }
  const www = /www\./gi;
  for (let match = www.exec(text); match !== null; match = www.exec(text)) marks.push(match.index);
  marks.sort((a, b) => a - b);
  const links: LinkSpan[] = [];
  let scannedTo = 0;
  for (const mark of marks) {
    if (mark < scannedTo) continue;
    let start = mark;
    while (start > scannedTo && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = mark;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    scannedTo = end;
    if (chunkStarts.has(start)) continue;
    chunkStarts.add(start);
    const found = linkInChunk(text, start, end) ?? emailInChunk(text, start, end);
    if (found) links.push(found);
  }
  return links;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0x85;
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
  // Searched inside the chunk only: indexOf over the rest of the text would
  // make a long text without "@" quadratic.
  const inChunk = text.slice(start, end).indexOf("@");
  if (inChunk < 0) return null;
  const at = start + inChunk;
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
