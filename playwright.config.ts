import { defineConfig, devices } from "@playwright/test";

// Browser tests run Debian's Chromium (apt package `chromium`), never a browser Playwright
// downloads itself: the machines this runs on cannot fetch one. CHROMIUM_PATH overrides it.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// PARALLAX_E2E_PORT runs the tests against a server of their own on another port.
const port = Number(process.env.PARALLAX_E2E_PORT ?? 3000);

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
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    // Tests tagged @desktop need a pointer, side-by-side columns or no browser at all.
    { name: "mobile", use: { ...devices["Pixel 7"] }, grepInvert: /@desktop/ },
  ],
  // The production build (made beforehand by scripts/quickstart-test.sh or `npx next build`).
  webServer: {
    command: port === 3000 ? "npm run serve" : `npx next start -p ${port}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
