/** A copy of `array` in twice the room: for typed arrays that grow as a pass fills them. */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(Math.max(1, array.length * 2));
  copy.set(array);
  return copy;
}
