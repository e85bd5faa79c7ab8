import { describe, expect, test } from "vitest";
import { IS_MARK as isMark, NFC_INFO, NfcBits, PRESENTATION_FORMS, loadUnicode } from "../src/unicode.js";

loadUnicode();

// The Unicode tables derived at load must agree with the Unicode data of the engine running the tests.
describe("Unicode data", () => {
  test("presentation forms are exactly the NFKC decompositions of U+FB50–FDFF and U+FE70–FEFF", () => {
    const table = PRESENTATION_FORMS;
    for (const [first, last] of [[0xfb50, 0xfdff], [0xfe70, 0xfeff]] as const) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCharCode(code);
        const folded = char.normalize("NFKC");
        expect(table.get(code), `U+${code.toString(16)}`).toBe(folded === char ? undefined : folded);
      }
    }
    expect(table.get(0xfef7)).toBe("لأ");
  });

  test("mark ranges are the combining marks", () => {
    for (const code of [0x064b, 0x0651, 0x0670, 0x0301, 0x0903, 0x20dd]) expect(isMark[code], code.toString(16)).toBe(1);
    for (const code of [0x0627, 0x0640, 0x0020, 0x200d, 0x0660]) expect(isMark[code], code.toString(16)).toBe(0);
  });

  test("NFC suspect marks are the ones NFC joins to a letter or changes", () => {
    for (const code of [0x0653, 0x0654, 0x0655, 0x0301, 0x0340, 0x0344]) expect(NFC_INFO[code]! & NfcBits.Suspect, code.toString(16)).not.toBe(0);
    for (const code of [0x064b, 0x064e, 0x0651, 0x0652, 0x0670, 0x06e3]) expect(NFC_INFO[code]! & NfcBits.Suspect, code.toString(16)).toBe(0);
  });

  test("NFC suspect marks are exactly the BMP marks NFC changes or that follow the first part of any canonical decomposition", () => {
    // The full scan the derivation avoids (it looks at BMP blocks NFD changes only): every
    // code point, supplementary planes included.
    const expected = new Set<number>();
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (char.normalize("NFC") !== char) expected.add(code);
      const parts = [...char.normalize("NFD")];
      if (parts.length > 1 || parts[0] !== char) for (const part of parts.slice(1)) expected.add(part.codePointAt(0)!);
    }
    for (let code = 0; code < 65536; code++) {
      const suspect = expected.has(code) && isMark[code] === 1;
      expect((NFC_INFO[code]! & NfcBits.Suspect) !== 0, `U+${code.toString(16)}`).toBe(suspect);
    }
  });

  test("combining class ranks order marks the way canonical ordering does", () => {
    const rank = new Map<number, number>();
    for (let code = 0; code < 65536; code++) if ((NFC_INFO[code]! & 63) !== 0) rank.set(code, NFC_INFO[code]! & 63);
    const sample = [0x064b, 0x064e, 0x0650, 0x0651, 0x0652, 0x0653, 0x0654, 0x0655, 0x0670, 0x06e3, 0x0300, 0x0316, 0x0345, 0x05b0, 0x0e48];
    for (const a of sample) {
      for (const b of sample) {
        if (a === b) continue;
        const swapped = ("x" + String.fromCharCode(a, b)).normalize("NFD") === "x" + String.fromCharCode(b, a);
        expect(swapped, `U+${a.toString(16)} U+${b.toString(16)}`).toBe(rank.get(a)! > rank.get(b)!);
      }
    }
  });
});
