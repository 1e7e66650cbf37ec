import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Browser tests run Debian's Chromium (apt package `chromium`), never a browser Playwright
// downloads itself: the machines this runs on cannot fetch one. CHROMIUM_PATH overrides it.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// PARALLAX_E2E_PORT lets a second checkout test beside a server already on 3000.
const port = Number(process.env.PARALLAX_E2E_PORT ?? 3000);
// New comparisons are contract version 2 (facts). A second server on the next port still makes
// version 1, with a database of its own, so the "contract-v1" project (the specs named *.v1)
// can store version-1 comparisons and check they keep working: page, exports, revisions.
const v1Port = port + 1;
const V1_SPECS = /\.v1\.spec\.ts$/;
const server = (listen: number, env: Record<string, string>) => ({
  command: `node scripts/serve.mjs -p ${listen}`,
  url: `http://localhost:${listen}`,
  reuseExistingServer: !process.env.CI,
  timeout: 120_000,
  // PORT also names the public origin in absolute links when PARALLAX_PUBLIC_URL is unset.
  env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(listen), ...env },
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } }, testIgnore: V1_SPECS },
    // Tests tagged @desktop need a pointer, side-by-side columns or no browser at all.
    { name: "mobile", use: { ...devices["Pixel 7"] }, grepInvert: /@desktop/, testIgnore: V1_SPECS },
    {
      name: "contract-v1",
      testMatch: V1_SPECS,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, baseURL: `http://localhost:${v1Port}` },
    },
  ],
  // The production build (made beforehand by scripts/quickstart-test.sh or `npx next build`).
  webServer: [
    server(port, {}),
    server(v1Port, { PARALLAX_CONTRACT_VERSION: "1", PARALLAX_DB_FILE: path.join(process.cwd(), "data", "e2e-contract-v1.sqlite") }),
  ],
});
