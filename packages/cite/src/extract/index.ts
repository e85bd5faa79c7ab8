export type { TextSpan, TextSlice } from "./types.js";
export { parseDateline } from "./dateline.js";
export type { Dateline, ParseDatelineOptions } from "./dateline.js";
