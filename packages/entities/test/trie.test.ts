import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyTrie } from "../src/trie.js";
import { tagEntities } from "../src/index.js";

describe("KeyTrie", () => {
  it("finds every key and keeps the first index of a repeated key", () => {
    const keys = ["hwang", "ab", "hwang", "abc", "a", "ab"];
    const trie = new KeyTrie(keys);
    expect(trie.terminalOf(trie.walk(trie.root, "hwang"))).toBe(0);
    expect(trie.terminalOf(trie.walk(trie.root, "ab"))).toBe(1);
    expect(trie.terminalOf(trie.walk(trie.root, "abc"))).toBe(3);
    expect(trie.terminalOf(trie.walk(trie.root, "a"))).toBe(4);
  });

  it("steps through wide nodes (dense rows) as through narrow ones", () => {
    // 12 letters, so nodes with 8+ children (dense rows) occur next to narrow ones.
    const letter = fc.constantFrom(..."abcdefghijkl", "ب", "ت");
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit: letter }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 5, unit: fc.oneof(letter, fc.constantFrom("z", "\uffff")) }), { maxLength: 40 }), (keys, probes) => {
        const trie = new KeyTrie(keys);
        for (const probe of [...keys, ...probes]) {
          const node = trie.walk(trie.root, probe);
          const index = node >= 0 ? trie.terminalOf(node) : -1;
          expect(index).toBe(keys.indexOf(probe));
        }
      }),
    );
  });

  it("finds every key under nodes with many children", () => {
    // Every two-letter key over 12 letters: each first letter's node has 12 children.
    const letters = [..."abcdefghijkl"];
    const keys = letters.flatMap((a) => letters.map((b) => a + b));
    keys.push("abc", "lk");
    const trie = new KeyTrie(keys);
    for (const key of keys) expect(trie.terminalOf(trie.walk(trie.root, key))).toBe(keys.indexOf(key));
    for (const miss of ["am", "az", "abd", "a", "m"]) {
      const node = trie.walk(trie.root, miss);
      expect(node >= 0 ? trie.terminalOf(node) : -1).toBe(-1);
    }
  });

  it("lets the tagger link a person whose spellings share a surname", () => {
    const text = "قال جنسن هوانغ إن Jensen Huang و Pichai";
    const ids = tagEntities(text).map((e) => e.id);
    expect(ids).toContain("person:jensen-huang");
    expect(ids).toContain("person:sundar-pichai");
  });
});
