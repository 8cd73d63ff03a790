// The search page of a built site, in Chromium (playwright-core, as the browser tests drive it):
// a word from one article's body, the rarest of its words in the corpus, must find that article.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { launchChromium, serve } from "../test/browser/browser.ts";

const words = (text: string) => text.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
const front = (text: string) => text.indexOf("\n---\n", 4);

/**
 * A word of some article's body and that article: of every word, the article where it is densest
 * (most uses per word of body), so that the article ranks first for it; of the words at most one
 * article in 20 uses, the densest, then the one the fewest articles use. Reads the whole corpus once.
 */
export function searchTarget(corpus: string): { word: string; file: string; headline: string; articles: number; uses: number } {
  const best = new Map<string, { density: number; uses: number; file: string }>();
  const df = new Map<string, number>();
  const files = readdirSync(corpus).sort();
  for (const file of files) {
    const text = readFileSync(path.join(corpus, file), "utf8");
    const body = words(text.slice(front(text) + 5));
    const counts = new Map<string, number>();
    for (const w of body) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, uses] of counts) {
      df.set(w, (df.get(w) ?? 0) + 1);
      const density = uses / body.length;
      if (density > (best.get(w)?.density ?? 0)) best.set(w, { density, uses, file });
    }
  }
  const [word, top] = [...best].filter(([w]) => df.get(w)! * 20 <= files.length).sort((a, b) => b[1].density - a[1].density || df.get(a[0])! - df.get(b[0])! || a[0].localeCompare(b[0]))[0]!;
  const text = readFileSync(path.join(corpus, top.file), "utf8");
  const headline = JSON.parse(/^headline: (.*)$/m.exec(text.slice(0, front(text)))![1]!) as string;
  return { word, file: top.file, headline, articles: df.get(word)!, uses: top.uses };
}

/** Searches `word` on the site's /search/ page in Chromium; the result titles shown once `headline` is among them (pressing "Load more results" up to `pages` times), and the count Pagefind reports. */
export async function searchTitles(site: string, word: string, headline: string, pages = 30): Promise<{ titles: string[]; message: string }> {
  const server = await serve(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(word)}`);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 60_000 });
    await page.waitForTimeout(1000); // results arrive shard by shard
    const titles = () => page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => (a.textContent ?? "").trim()));
    for (let i = 0; i < pages && !(await titles()).includes(headline); i++) {
      const more = page.locator(".pagefind-ui__button");
      if (!(await more.count())) break;
      const shown = (await titles()).length;
      await more.first().click();
      await page.waitForFunction((n) => document.querySelectorAll(".pagefind-ui__result-link").length > n, shown, { timeout: 30_000 });
    }
    return { titles: await titles(), message: ((await page.locator(".pagefind-ui__message").first().textContent()) ?? "").trim() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One line for the report: did the search page find an article by a word of its body? */
export async function searchCheck(site: string, corpus: string): Promise<{ ok: boolean; line: string }> {
  // Reading a corpus of 100,000 takes a minute: the choice is kept beside it (the corpus never changes).
  const kept = `${corpus}.search-target.json`;
  if (!existsSync(kept)) writeFileSync(kept, JSON.stringify(searchTarget(corpus)));
  const { word, file, headline, articles, uses } = JSON.parse(readFileSync(kept, "utf8")) as ReturnType<typeof searchTarget>;
  const started = performance.now();
  const { titles, message } = await searchTitles(site, word, headline).catch((e: Error) => ({ titles: [] as string[], message: `error: ${e.message.split("\n")[0]}` }));
  const ms = performance.now() - started;
  const rank = titles.indexOf(headline) + 1;
  const found = rank > 0 ? `finds "${headline}" (${file}, the word ${uses} times in its body) as result ${rank}` : `does NOT find "${headline}" (${file}) among the ${titles.length} results shown`;
  return { ok: rank > 0, line: `Chromium search check: /search/?q=${word} (a word of ${articles} articles' bodies) ${found}; Pagefind says "${message}" (${(ms / 1000).toFixed(1)} s including browser start)` };
}
