/**
 * Regenerates docs/screenshots/custom-home.png and custom-article.png: the test newsroom
 * (test/fixtures/newsroom/) as a project of its own, customised with the stylesheet and header
 * template of test/fixtures/customised/, built by the CLI and shot at 1280×900 with Debian's Chromium:
 *
 *   npm run compile && node --import tsx scripts/custom-screenshots.ts
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import path from "node:path";
import { browserSkipReason, launchChromium, serve } from "../test/browser/browser.ts";
import { BIN, ROOT } from "../test/helpers/cli.ts";
import { newsroomProject } from "../test/helpers/newsroom.ts";

const reason = browserSkipReason();
if (reason) {
  console.error(reason);
  process.exit(1);
}
const project = newsroomProject();
cpSync(path.join(ROOT, "test/fixtures/customised"), project, { recursive: true });
const built = spawnSync(process.execPath, [BIN, "build", "-q", "--base-url", "http://127.0.0.1/"], { cwd: project, encoding: "utf8" });
if (built.status !== 0) throw new Error(built.stderr);
const outDir = path.join(ROOT, "docs/screenshots");
mkdirSync(outDir, { recursive: true });
const site = await serve(path.join(project, "dist"));
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" })).newPage();
  for (const [name, url] of [["custom-home", "/"], ["custom-article", "/2024/03/12/ferry-night-service/"]] as const) {
    await page.goto(site.origin + url);
    await page.screenshot({ path: path.join(outDir, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await site.close();
}
