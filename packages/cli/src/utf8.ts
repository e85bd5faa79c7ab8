/**
 * Byte offset of the first byte that is not part of a well-formed UTF-8
 * sequence (per the Unicode standard, table 3-7: no overlongs, no surrogates,
 * nothing above U+10FFFF), or -1 when all of `bytes` is valid. TextDecoder's
 * `fatal` mode says *that* input is invalid; this says *where*.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // A truncated sequence at the end is invalid at its first byte.
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

const fatalDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lossyDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/** Decoded text, or the offset of the first invalid byte. */
export type DecodeResult = { ok: true; text: string } | { ok: false; offset: number };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: fatalDecoder.decode(bytes) };
  } catch {
    return { ok: false, offset: Math.max(0, findInvalidUtf8(bytes)) };
  }
}

/** Decodes with U+FFFD for invalid sequences (the WHATWG replacement behaviour). */
export function decodeUtf8Lossy(bytes: Uint8Array): string {
  return lossyDecoder.decode(bytes);
}
