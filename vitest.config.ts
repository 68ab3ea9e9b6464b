import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "server/testing/stubs/server-only.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "tools/**"],
    globalSetup: ["server/testing/global-setup.ts"],
    env: { NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123456789", NODE_ENV: "test" },
    maxWorkers: 2,
    // On CI a test that fails is run once more, as Playwright does there; the default reporter
    // marks one that passed only on its second run "(retry x1)", so flakiness stays visible.
    retry: process.env.CI ? 1 : 0,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
