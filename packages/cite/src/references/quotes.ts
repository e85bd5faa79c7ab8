/**
 * Typographic quotes inside a field, as citeproc-js prints them: an apostrophe between letters
 * becomes ’, a pair of straight double quotes becomes the locale's quotes (the inner pair when the
 * field itself is printed inside quotes), single straight quotes used as quotes become ‘ ’, and
 * curly double quotes inside a quoted field flip to the inner pair.
 */
export function smartQuotes(text: string, outer: readonly [string, string], inner: readonly [string, string], nested: boolean): string {
  if (!/["'“”]/.test(text)) return text;
  const pair = nested ? inner : outer;
  let out = "";
  let doubleOpen = false;
  let singleOpen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const prev = i > 0 ? (text[i - 1] ?? "") : "";
    const next = text[i + 1] ?? "";
    const prevIsWord = /[\p{L}\p{N}]/u.test(prev);
    const nextIsWord = /[\p{L}\p{N}]/u.test(next);
    if (ch === "'") {
      if (prevIsWord && nextIsWord) out += "\u2019";
      else if (!singleOpen && !prevIsWord && next !== "" && next !== " ") {
        out += "\u2018";
        singleOpen = true;
      } else if (singleOpen) {
        out += "\u2019";
        singleOpen = false;
      } else out += "\u2019";
    } else if (ch === '"') {
      if (!doubleOpen && (prev === "" || /[\s([{\-\u2014]/.test(prev))) {
        out += pair[0];
        doubleOpen = true;
      } else {
        out += pair[1];
        doubleOpen = false;
      }
    } else if (nested && ch === "\u201C") out += inner[0];
    else if (nested && ch === "\u201D") out += inner[1];
    else out += ch;
  }
  return out;
}
