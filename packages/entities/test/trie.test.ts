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

  it("lets the tagger link a person whose spellings share a surname", () => {
    const text = "قال جنسن هوانغ إن Jensen Huang و Pichai";
    const ids = tagEntities(text).map((e) => e.id);
    expect(ids).toContain("person:jensen-huang");
    expect(ids).toContain("person:sundar-pichai");
  });
});
