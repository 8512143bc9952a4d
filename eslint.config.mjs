import next from "eslint-config-next/core-web-vitals";
import ts from "eslint-config-next/typescript";

const config = [
  ...next,
  ...ts,
  { ignores: [".next/**", "node_modules/**", ".data/**", ".tmp/**", "drizzle/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // Dependencies point one way: app/ → components/ → lib/. Server actions shared by components live in lib/actions/.
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "@/app"], message: "components/ never imports from app/; put shared server actions in lib/actions/." }] }] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "@/app", "@/components/*"], message: "lib/ never imports from app/ or components/." }] }] },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
