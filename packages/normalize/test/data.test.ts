import { describe, expect, test } from "vitest";
import { MARK_RANGES, NFC_INFO_RANGES, PRESENTATION_FORMS } from "../src/data/unicode.generated.js";

// The generated tables must agree with the Unicode data of the engine running the tests
// (normalization of assigned characters is stable across Unicode versions).
describe("generated Unicode data", () => {
  test("presentation forms are exactly the NFKC decompositions of U+FB50–FDFF and U+FE70–FEFF", () => {
    const table = new Map(PRESENTATION_FORMS);
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
    const isMark = new Uint8Array(65536);
    for (const [first, last] of MARK_RANGES) isMark.fill(1, first, last + 1);
    for (const code of [0x064b, 0x0651, 0x0670, 0x0301, 0x0903, 0x20dd]) expect(isMark[code], code.toString(16)).toBe(1);
    for (const code of [0x0627, 0x0640, 0x0020, 0x200d, 0x0660]) expect(isMark[code], code.toString(16)).toBe(0);
  });

  test("combining class ranks order marks the way canonical ordering does", () => {
    const rank = new Map<number, number>();
    for (const [first, last, value] of NFC_INFO_RANGES) {
      for (let code = first; code <= last; code++) if ((value & 63) !== 0 && (value & 128) === 0) rank.set(code, value & 63);
    }
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
