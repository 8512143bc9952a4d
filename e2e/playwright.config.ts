import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3210);

import { chromiumLaunchOptions } from "./chromium";
import { E2E_ADMIN } from "./demo-admin";

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `rm -rf .tmp/e2e-data && node --import tsx server.ts`,
    cwd: root,
    url: `http://localhost:${port}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      // Folio never writes its own environment: next-auth takes its address from here.
      NEXTAUTH_URL: `http://localhost:${port}`,
      FOLIO_DATA_DIR: ".tmp/e2e-data",
      FOLIO_SEED_PASSWORD: E2E_ADMIN.password,
      // The demo profile cites real sites: browser tests never let the link checker reach them.
      LINK_CHECK: "off",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    },
  },
});
