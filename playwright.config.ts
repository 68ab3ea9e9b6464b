import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against a production build served by scripts/e2e-server.ts, which
// creates a fresh database for this run (migrated and seeded with the demo event).
const port = Number(process.env.E2E_PORT ?? 3210);
process.env.ACCORD_E2E_DB ??= `accord_e2e_${Date.now().toString(36)}`;
// E2E_BASE_URL points the specs at a server you started yourself (e.g. `next dev` on a
// seeded scratch database) and skips the built-in server.
const externalBaseUrl = process.env.E2E_BASE_URL;
// The app sends mail to this SMTP port; e2e/password-reset.spec.ts listens on it with a real
// SMTP server (smtp-server) while it runs. Mail queued while nothing listens is retried.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
process.env.E2E_SMTP_PORT = String(smtpPort);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};
const OUTAGE_SPEC = /database-outage\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: browser, testIgnore: OUTAGE_SPEC },
    // Takes the app's database away for a while, so it runs alone, after every other spec.
    { name: "database outage", use: browser, testMatch: OUTAGE_SPEC, dependencies: ["chromium"] },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `node --import tsx scripts/e2e-server.ts`,
        url: `http://127.0.0.1:${port}/api/health`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          E2E_PORT: String(port),
          ACCORD_E2E_DB: process.env.ACCORD_E2E_DB,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          MAIL_FROM: "Accord E2E <accord@accord.test>",
        },
      },
});
