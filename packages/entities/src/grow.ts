/** A copy of `array` in `times` the room. */
function grown(array: Int32Array, times: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(Math.max(1, array.length * times));
  copy.set(array);
  return copy;
}

/** A copy of `array` in twice the room: for typed arrays that grow as a pass fills them. */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  return grown(array, 2);
}

/** A copy of `array` in four times the room: for arrays whose every growth costs a collection. */
export function quadrupled(array: Int32Array): Int32Array<ArrayBuffer> {
  return grown(array, 4);
}
