import js from "@eslint/js";
import globals from "globals";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "**/coverage/**", "reports/**", "**/*.cjs", "apps/demo/out/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Every regular expression must run in linear time on any input (DESIGN.md).
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
    },
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  // The normalizer names character codes and slow-path kinds with const enums (the build
  // inlines them), and compares them with the numbers `charCodeAt` and its tables give.
  {
    files: ["packages/normalize/src/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-enum-comparison": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  // Scripts, benchmarks and tests run in Node; library sources (packages/*/src) do not get its globals.
  {
    files: ["**/scripts/**", "tests/**", "**/test/**", "packages/cli/src/**", "*.mjs", "*.ts"],
    languageOptions: { globals: globals.node },
  },
);
