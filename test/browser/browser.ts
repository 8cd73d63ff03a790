/** Shared pieces of the browser tests and `scripts/screenshots.ts`: Debian's Chromium and a loopback server. */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import { createStaticServer, listen } from "../../src/dev/index.ts";

export const CHROMIUM = process.env.NEWSARCHIVE_CHROMIUM ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM) ? null : `browser tests skipped: ${CHROMIUM} not found (install Debian's chromium, as .ci/run does)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Serves a built site on 127.0.0.1 at a free port. */
export async function serve(root: string): Promise<{ server: Server; origin: string; close: () => Promise<void> }> {
  const server = createStaticServer({ root });
  const port = await listen(server, 0, "127.0.0.1");
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Writes `docs/screenshots/home.png` and `article.png` (1280 px, light) from the design fixture site. */
export async function writeDocScreenshots(siteDir: string, outDir: string, pages: ReadonlyArray<[name: string, url: string]>): Promise<string[]> {
  const { mkdirSync } = await import("node:fs");
  const path = await import("node:path");
  mkdirSync(outDir, { recursive: true });
  const site = await serve(siteDir);
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light", deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, url] of pages) {
      await page.goto(site.origin + url);
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return written;
}
