/**
 * Regenerates the committed screenshots in docs/screenshots/ from the design fixture site
 * (test/fixtures/design/seeds/), with Debian's Chromium:
 *
 *   node --import tsx scripts/screenshots.ts
 */
import path from "node:path";
import { browserSkipReason, writeDocScreenshots } from "../test/browser/browser.ts";
import { buildFixtureSite, REPO } from "../test/browser/fixture-site.ts";
import { tempDir } from "../test/helpers/site.ts";

const reason = browserSkipReason();
if (reason) {
  console.error(reason);
  process.exit(1);
}
const site = path.join(tempDir("newsarchive-shots-"), "site");
buildFixtureSite(site);
const files = await writeDocScreenshots(site, path.join(REPO, "docs/screenshots"), [
  ["home", "/"],
  ["article", "/2025/02/24/three-years-on-europe-prepares-to-face-russia-largely-alone/"],
]);
for (const f of files) console.log(path.relative(REPO, f));
