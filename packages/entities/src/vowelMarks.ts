/**
 * Arabic vowel marks (harakat, shadda, sukun, dagger alef) tell apart names whose letters are
 * the same: «عمّان» (Amman) and «عُمان» (Oman) are one key once marks are folded away. Most
 * text writes none; where it writes some, they are evidence. Marks are read per letter: the
 * i-th string holds the marks written on the i-th letter or digit (tatweel and spaces are not
 * letters), so a name and a text span compare letter by letter.
 */
const MARK_FIRST = 0x064b;
const MARK_LAST = 0x0652;
const DAGGER_ALEF = 0x0670;
const TATWEEL = 0x0640;

const isMark = (code: number): boolean => (code >= MARK_FIRST && code <= MARK_LAST) || code === DAGGER_ALEF;

/** True when text[from, to) holds a vowel mark (the cheap test before {@link marksByLetter}). */
export function hasVowelMarks(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (isMark(text.charCodeAt(i))) return true;
  return false;
}

/** The marks on each letter of text[from, to), each letter's sorted; null when there are none. */
export function marksByLetter(text: string, from = 0, to = text.length): string[] | null {
  const marks: string[] = [];
  let any = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isMark(code)) {
      if (marks.length > 0) marks[marks.length - 1] = [...marks[marks.length - 1]!, text[i]!].sort().join("");
      any = true;
    } else if (code !== TATWEEL && /[\p{L}\p{N}]/u.test(text[i]!)) marks.push("");
  }
  return any ? marks : null;
}

/**
 * Whether a text span's marks confirm a name's (1: some letter carries the same marks in
 * both, none different), contradict them (-1: a letter marked differently), or neither (0).
 */
export function marksAgree(text: readonly string[] | null, name: readonly string[] | null): -1 | 0 | 1 {
  if (text === null || name === null || text.length !== name.length) return 0;
  let shared = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "" || name[i] === "") continue;
    if (text[i] !== name[i]) return -1;
    shared = true;
  }
  return shared ? 1 : 0;
}
