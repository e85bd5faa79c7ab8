import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTagger } from "../src/index.js";
import { lendInt32, lendUint8, roomForList, roomInt32, roomUint16, roomUint8, Use } from "../src/scratch.js";

const articlesDir = new URL("../../../apps/demo/articles/", import.meta.url);
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(new URL(name, articlesDir), "utf8"));

describe("scratch arrays", () => {
  it("lends a view of exactly the length asked, zeroed (or filled) whatever the last borrower wrote", () => {
    const first = lendInt32(Use.GuessWordStarts, 300);
    first.fill(7);
    const second = lendInt32(Use.GuessWordStarts, 200);
    expect(second.length).toBe(200);
    expect(second.every((n) => n === 0)).toBe(true);
    expect([...lendInt32(Use.GuessWordStarts, 3, -1)]).toEqual([-1, -1, -1]);
    const bytes = lendUint8(Use.GuessTaken, 10);
    bytes.fill(255);
    expect([...lendUint8(Use.GuessTaken, 10)]).toEqual(new Array(10).fill(0));
  });

  it("lends room: the kept array itself, at least the length asked, its first numbers zeroed (or filled)", () => {
    roomInt32(Use.LexiconBits, 500).fill(7);
    const bits = roomInt32(Use.LexiconBits, 300, -1);
    expect(bits.length).toBeGreaterThanOrEqual(300);
    expect(bits.subarray(0, 300).every((n) => n === -1)).toBe(true);
    expect(bits[300]).toBe(7); // past the length asked: whatever was there
    roomUint8(Use.GuessTaken, 40).fill(1);
    expect(roomUint8(Use.GuessTaken, 40).subarray(0, 40).every((n) => n === 0)).toBe(true);
    roomUint16(Use.SkeletonCodes, 5).fill(9);
    expect([...roomUint16(Use.SkeletonCodes, 5).subarray(0, 5)]).toEqual([0, 0, 0, 0, 0]);
    // past the longest kept: an array of its own, of exactly the length asked
    expect(roomInt32(Use.LexiconBits, 100_000, -1)).toEqual(new Int32Array(100_000).fill(-1));
    // a list's room stops at what is kept
    expect(roomForList(Use.GuessTriggers, 1_000_000).length).toBeLessThanOrEqual(1 << 16);
  });

  it("keeps one array per use: lending one use leaves another's view alone", () => {
    const starts = lendInt32(Use.GuessWordStarts, 50);
    starts.fill(3);
    lendInt32(Use.GuessWordEnds, 50).fill(4);
    expect(starts.every((n) => n === 3)).toBe(true);
  });

  it("grows a use past its first room, and allocates (keeps nothing) past the longest kept", () => {
    expect(lendInt32(Use.LexemeStarts, 10_000).length).toBe(10_000);
    const long = lendInt32(Use.LexemeStarts, 100_000);
    expect(long.length).toBe(100_000);
    expect(long.buffer.byteLength).toBe(400_000); // its own array, not a view of a kept one
    expect(lendInt32(Use.LexemeStarts, 100_000).buffer).not.toBe(long.buffer);
  });

  it("taggers that share the lent arrays answer as if each were alone, whatever they tagged before", () => {
    const alone = articles.map((text) => createTagger().tag(text));
    const one = createTagger();
    const other = createTagger({ referenceDate: "2025-11-05" });
    const long = articles.join("\n\n").repeat(8); // longer than what is kept: allocated arrays in between
    for (const [i, text] of articles.entries()) {
      other.tag(articles[(i + 1) % articles.length]!);
      one.tag(long);
      expect(one.tag(text)).toEqual(alone[i]);
    }
  });
});
