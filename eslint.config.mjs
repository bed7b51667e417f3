import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.strict,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "next-env.d.ts",
    "app/_server/generated/**",
    "engine/dist/**",
    ".scratch/**",
    "prisma/postgresql/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
