// Copies of a text with new words, for timing a tagger on vocabulary it has not seen: about a
// third of the Arabic words of four letters or more get one letter changed (deterministic for
// a given random source, the length kept), roughly the share of distinct words of real news.
const LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

/** `changeWords(text)` drawing from `next` (numbers in [0, 1): a seeded generator, not Math.random). */
export function wordChanger(next) {
  return (text) =>
    text.replace(/[\u0621-\u064a]{4,}/gu, (word) => {
      if (next() >= 0.35) return word;
      const at = 1 + Math.floor(next() * (word.length - 1));
      return word.slice(0, at) + LETTERS[Math.floor(next() * LETTERS.length)] + word.slice(at + 1);
    });
}
