import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextListItem, previousListItem } from "../src/listItems.js";

// The regular expressions the scanners stand for (listItems.ts): they must answer alike.
const NEXT_ITEM = /(?:\s*[,،]\s*|\s+(?=و))([\p{L}\p{M}]+)/uy;
const PREVIOUS_ITEM = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)(?:\s*[,،]\s*و?|\s+و)$/u;

function nextByRegExp(source: string, at: number, limit: number) {
  NEXT_ITEM.lastIndex = at;
  const item = NEXT_ITEM.exec(source);
  if (item === null) return null;
  const start = at + item[0].length - item[1]!.length;
  if (start >= limit) return null;
  const comma = /[,،]/u.test(item[0].slice(0, item[0].length - item[1]!.length));
  return { word: source.slice(start, Math.min(start + item[1]!.length, limit)), start, comma, waw: !comma };
}

function previousByRegExp(source: string, from: number, at: number) {
  const item = PREVIOUS_ITEM.exec(source.slice(from, at));
  if (item === null) return null;
  const join = item[0].slice(item[1]!.length);
  return { word: item[1]!, start: from + item.index, comma: /[,،]/u.test(join), waw: join.includes("و") };
}

// Pieces of list-like text: words, «و» alone and glued, commas of both scripts, every kind of
// white space the regular expressions' \s takes, marks, digits, an astral letter, a lone surrogate.
const piece = fc.constantFrom("إربد", "و", "والزرقاء", "، ", "،", ",", " ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "ـ", "\u064e", "12", "(", "Amman", "𝐀", "\ud835", "x");

describe("list items", () => {
  it("reads the item after a place as the regular expression does", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(), fc.nat(), (pieces, a, l) => {
        const source = pieces.join("");
        const at = a % (source.length + 1);
        const limit = at + (l % 45);
        expect(nextListItem(source, at, limit)).toEqual(nextByRegExp(source, at, limit));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the item before a place as the regular expression does", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(), fc.nat(), (pieces, a, f) => {
        const source = pieces.join("");
        const at = a % (source.length + 1);
        const from = at - (f % (at + 1));
        expect(previousListItem(source, from, at)).toEqual(previousByRegExp(source, from, at));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the words of «في إربد والزرقاء، العقبة» around the places", () => {
    const text = "في إربد والزرقاء، العقبة";
    expect(nextListItem(text, text.indexOf(" والزرقاء"), text.length)).toEqual({ word: "والزرقاء", start: 8, comma: false, waw: true });
    expect(nextListItem(text, text.indexOf("،"), text.length)).toEqual({ word: "العقبة", start: 18, comma: true, waw: false });
    expect(previousListItem(text, 0, text.indexOf("العقبة"))).toEqual({ word: "والزرقاء", start: 8, comma: true, waw: false });
    expect(previousListItem("إربد و", 0, 6)).toEqual({ word: "إربد", start: 0, comma: false, waw: true });
    expect(previousListItem("إربدو", 0, 5)).toBeNull();
  });
});
