export type { CslItem, CslName, CslDate } from "./csl-item.js";
export * from "./references/index.js";
export * from "./extract/index.js";
