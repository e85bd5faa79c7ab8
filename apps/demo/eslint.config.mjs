// The root config plus the globals of the two places demo code runs: Node (src, test) and the
// browser (the report's inline script, src/assets/report.js).
import root from "../../eslint.config.mjs";

const node = { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly" };
const browser = {
  window: "readonly",
  document: "readonly",
  navigator: "readonly",
  console: "readonly",
  setTimeout: "readonly",
  getComputedStyle: "readonly",
};

export default [
  ...root,
  { files: ["src/**/*.mjs", "test/**/*.ts", "eslint.config.mjs"], languageOptions: { globals: node } },
  { files: ["src/assets/**/*.js"], languageOptions: { globals: browser, sourceType: "script" } },
];
