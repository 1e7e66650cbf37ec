import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
const page = await ctx.newPage();
const [url, y, out] = process.argv.slice(2);
await page.goto("http://localhost:3111" + url);
await page.waitForTimeout(500);
await page.screenshot({ path: out, clip: { x: 0, y: Number(y), width: 390, height: 1300 }, fullPage: true });
await browser.close();
