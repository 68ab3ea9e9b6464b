import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "server/db/generated/**",
      "tools/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // `const { secret: _secret, ...rest } = row` leaves a field out on purpose.
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { varsIgnorePattern: "^_", ignoreRestSiblings: true }] },
  },
  {
    // useTestDatabase() is a vitest fixture, not a React hook.
    files: ["**/*.test.ts", "server/testing/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    rules: {
      // The database client and secrets stay in server/ (STYLE.md).
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/db/generated/**", "**/server/db/client*"], message: "Use a server/ function." }],
          // Links do not prefetch unless asked (components/ui/link.tsx).
          paths: [{ name: "next/link", message: "Use @/components/ui/link (no automatic prefetch)." }],
        },
      ],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/db/generated/**", "**/server/db/client*"], message: "Use a server/ function." }] },
      ],
    },
  },
];

export default config;
