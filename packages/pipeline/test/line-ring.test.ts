import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRingBuffers, RingReader, RingWriter } from "../src/node/line-ring.js";

const utf8 = (text: string): number[] => [...Buffer.from(text, "utf8")];

function ring(size: number): { writer: RingWriter; reader: RingReader } {
  const buffers = createRingBuffers(size);
  return { writer: new RingWriter(buffers), reader: new RingReader(buffers) };
}

describe("line ring (worker → main thread JSONL bytes)", () => {
  it("hands lines over as UTF-8 views of the ring", () => {
    const { writer, reader } = ring(64);
    const slice = writer.write('{"t":"مايكروسوفت"}\n')!;
    expect(slice).toEqual({ offset: 0, length: 29, consumed: 29 });
    const { bytes } = reader.take(slice);
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...bytes]).toEqual(utf8('{"t":"مايكروسوفت"}\n'));
  });

  it("says a line does not fit rather than overwrite one still held, and reuses space once released", () => {
    const { writer, reader } = ring(32);
    const first = reader.take(writer.write("a".repeat(20))!);
    expect(writer.write("b".repeat(13))).toBeUndefined();
    first.release();
    const second = writer.write("b".repeat(13))!;
    // The 12 bytes left at the end were too few: the line starts over at 0, and the skipped bytes are counted.
    expect(second).toEqual({ offset: 0, length: 13, consumed: 25 });
    expect([...reader.take(second).bytes]).toEqual(utf8("b".repeat(13)));
  });

  it("gives space back in ring order, whatever order lines are released in", () => {
    const { writer, reader } = ring(16);
    const a = reader.take(writer.write("aaaaaaaa")!);
    const b = reader.take(writer.write("bbbbbbbb")!);
    b.release();
    expect(writer.write("cccc")).toBeUndefined();
    a.release();
    a.release(); // twice is harmless
    expect(writer.write("c".repeat(16))).toEqual({ offset: 0, length: 16, consumed: 16 });
  });

  it("refuses a size that is not a power of two", () => {
    expect(() => createRingBuffers(100)).toThrow(TypeError);
    expect(() => createRingBuffers(0)).toThrow(TypeError);
  });

  it("never changes the bytes of a line still held (random writes and releases)", () => {
    // 1-, 2-, 3- and 4-byte characters, and a lone surrogate (3 bytes as U+FFFD).
    const line = fc.string({ unit: fc.constantFrom("a", "{", "م", "ي", "€", "😀", "\ud83d"), minLength: 1, maxLength: 40 });
    const step = fc.oneof(fc.record({ write: line }), fc.record({ release: fc.nat() }));
    fc.assert(
      fc.property(fc.constantFrom(32, 64, 128), fc.array(step, { maxLength: 200 }), (size, steps) => {
        const { writer, reader } = ring(size);
        const held: { expected: number[]; bytes: Uint8Array; release: () => void }[] = [];
        for (const s of steps) {
          if ("write" in s) {
            const slice = writer.write(s.write);
            // An empty ring has at least half its size in one piece, before or after the write position.
            if (held.length === 0 && Buffer.byteLength(s.write) <= size / 2) expect(slice).toBeDefined();
            if (slice !== undefined) {
              held.push({ expected: utf8(s.write), ...reader.take(slice) });
            }
          } else if (held.length > 0) {
            const [gone] = held.splice(s.release % held.length, 1);
            gone!.release();
          }
          for (const h of held) expect([...h.bytes]).toEqual(h.expected);
        }
      }),
    );
  });
});
