import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, findInvalidUtf8, renderProgress } from "@qalam/cli";

describe("findInvalidUtf8", () => {
  it("finds the first ill-formed byte", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(findInvalidUtf8(enc("مرحبا OpenAI 😀"))).toBe(-1);
    expect(findInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(findInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(findInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // truncated
    expect(findInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(Uint8Array.from([0xd8, 0xa7, 0xff]))).toBe(2);
  });

  it("property: agrees with TextDecoder's fatal mode, and decodeUtf8 reports the same offset", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const offset = findInvalidUtf8(bytes);
        expect(offset === -1).toBe(valid);
        if (!valid) {
          // Everything before the offset is valid UTF-8.
          expect(findInvalidUtf8(bytes.subarray(0, offset))).toBe(-1);
          expect(decodeUtf8(bytes)).toEqual({ ok: false, offset });
        }
      }),
    );
  });
});

describe("renderProgress", () => {
  it("shows a bar, docs/s and an ETA from the byte rate", () => {
    expect(renderProgress({ docs: 50, bytesRead: 250, totalBytes: 1000, elapsedMs: 10_000 }, 8)).toBe("[##------]  25%  50 docs  5 docs/s  ETA 0:30");
    expect(renderProgress({ docs: 7, bytesRead: 10, totalBytes: undefined, elapsedMs: 2000 })).toBe("7 docs  4 docs/s");
  });
});

describe("public surface", () => {
  it("exports", async () => {
    expect(Object.keys(await import("@qalam/cli")).sort()).toEqual(["EXIT", "decodeUtf8", "findInvalidUtf8", "main", "renderProgress"]);
  });
});
