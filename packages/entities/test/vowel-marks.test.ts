import { describe, expect, it } from "vitest";
import { hasVowelMarks, marksAgree, marksByLetter } from "../src/vowelMarks.js";

describe("vowel marks by letter", () => {
  it("reads the marks on each letter, tatweel and spaces aside", () => {
    expect(marksByLetter("عمّان")).toEqual(["", "ّ", "", ""]);
    expect(marksByLetter("عُمـان")).toEqual(["ُ", "", "", ""]);
    // Shadda and fatha in either order are the same marks.
    expect(marksByLetter("\u0639\u0645\u0651\u064e\u0627\u0646")).toEqual(marksByLetter("\u0639\u0645\u064e\u0651\u0627\u0646"));
    expect(marksByLetter("عمان")).toBeNull();
    expect(hasVowelMarks("في عمّان", 3)).toBe(true);
    expect(hasVowelMarks("في عمان")).toBe(false);
  });

  it("confirms, contradicts or proves nothing", () => {
    const amman = marksByLetter("عمّان");
    expect(marksAgree(marksByLetter("عَمّان"), amman)).toBe(1);
    expect(marksAgree(marksByLetter("عُمان"), amman)).toBe(0); // marks on other letters
    expect(marksAgree(marksByLetter("عمَان"), amman)).toBe(-1); // a fatha where the name has shadda
    expect(marksAgree(null, amman)).toBe(0);
  });
});
