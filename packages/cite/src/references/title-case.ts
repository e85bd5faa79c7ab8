import skipWordData from "./data/title-case-skip-words.json";

// English title case as CSL processors apply it (text-case="title"), ported from citeproc-js
// 2.4.63 (CSL.Output.Formatters.title) so that all-Latin references agree with it word for word:
// a word is capitalised when it is all lower case and is not a stop word, or is the first word,
// or follows ! ? or :; a stop word that ends the title is capitalised; words that already have a
// capital letter (OpenAI, iPhone) are left alone.
const SKIP_WORDS: ReadonlySet<string> = new Set(skipWordData.words);

// The separators citeproc-js splits a title on before looking at words (quotes, dashes, slash,
// sentence punctuation, brackets). One character (or space + quote) each: linear.
const TAG = / ["']|[-\u2013\u2014/.,;?!:"'()[\]\u2018\u2019\u201C\u201D]/g;
const WORD_SPACE = /([\u00A0\u0020\u2000-\u200B\u205F\u3000]+)/;

function capitalise(word: string): string {
  const first = word.codePointAt(0);
  if (first === undefined) return word;
  const head = String.fromCodePoint(first);
  const rest = word.slice(head.length);
  // citeproc-js leaves a lone Greek letter alone (symbols in science titles).
  if (rest === "" && /^[\u0370-\u03FF]$/.test(head)) return word;
  return head.toUpperCase() + rest;
}

/** Applies English title case the way citeproc-js does. */
export function titleCase(text: string): string {
  if (!text) return text;
  const strings: string[] = [];
  const tags: string[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    strings.push(text.slice(last, m.index));
    tags.push(m[0]);
    last = m.index + m[0].length;
  }
  strings.push(text.slice(last));

  let isFirst = true;
  let afterPunct = false;
  let lastWord: { s: number; w: number } | null = null;
  const wordLists: string[][] = [];

  const capitaliseWords = (s: number, followingTag: string | undefined): void => {
    const str = strings[s] ?? "";
    const parts = str.split(WORD_SPACE); // odd indexes hold the spaces
    wordLists[s] = parts;
    if (!str.trim()) return;
    const wordCount = Math.ceil(parts.length / 2);
    for (let j = 0; j < parts.length; j += 2) {
      const word = parts[j] ?? "";
      if (!word) continue;
      const lower = word.toLowerCase();
      let capitalize = false;
      if (word.length > 1 && !SKIP_WORDS.has(lower)) capitalize = true;
      else if (j / 2 === wordCount - 1 && followingTag === "-") capitalize = true;
      else if (isFirst) capitalize = true;
      else if (afterPunct) capitalize = true;
      if (capitalize && word === lower) parts[j] = capitalise(word);
      afterPunct = false;
      isFirst = false;
      lastWord = { s, w: j };
    }
  };

  if ((strings[0] ?? "").trim()) capitaliseWords(0, tags[0]);
  else wordLists[0] = [strings[0] ?? ""];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? "";
    const str = strings[i + 1] ?? "";
    if (/[!?:]$/.test(tag)) afterPunct = true;
    // citeproc-js passes the following tag only for the first string (an upstream quirk kept for parity).
    capitaliseWords(i + 1, undefined);
    if (isFirst && str.trim()) isFirst = false;
    if (afterPunct && str.trim()) afterPunct = false;
  }
  const end = lastWord as { s: number; w: number } | null;
  if (end) {
    const parts = wordLists[end.s];
    const word = parts?.[end.w] ?? "";
    if (parts && word.length > 1 && SKIP_WORDS.has(word.toLowerCase())) parts[end.w] = capitalise(word);
  }
  let out = "";
  for (let i = 0; i < strings.length; i++) {
    out += (wordLists[i] ?? [strings[i] ?? ""]).join("");
    if (i < tags.length) out += tags[i];
  }
  return out;
}
