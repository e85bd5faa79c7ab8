export { main, EXIT } from "./main.js";
export { findInvalidUtf8, decodeUtf8 } from "./utf8.js";
export { renderProgress } from "./progress.js";
