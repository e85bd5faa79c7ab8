/** A half-open span of UTF-16 indexes into the text the caller passed in (`end` exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A span together with the text it covers: `input.slice(start, end) === text`. */
export interface TextSlice extends TextSpan {
  text: string;
}
