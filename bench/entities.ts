// Entity and related-coverage timings on a deterministic synthetic corpus (not a test):
//   node --import tsx bench/entities.ts [N...]      (default: 1000 10000)
// Bodies are ~5 KB of news-like prose with capitalised people (titles, honorifics, possessives, bare surnames),
// places and organisations, so the scanner sees what it sees on real articles.
import { extractMentions, resolveEntities, type Mention } from "../src/archive/entities/index.ts";
import { relatedArticles } from "../src/archive/related/related.ts";
import { defaultConfig, type ParsedArticle } from "../src/model/index.ts";

const FIRST = ["Anna", "Boris", "Carlos", "Daria", "Elena", "Farid", "Greta", "Hannah", "Igor", "Julia", "Karl", "Lena", "Marco",
  "Nadia", "Oleg", "Pavel", "Rosa", "Sergei", "Tomas", "Ulla", "Viktor", "Wen", "Yusuf", "Zofia", "Amir", "Beatriz", "Chen", "Dmitro"];
const LAST = ["Kovalenko", "Hartmann", "Moreau", "Petrov", "Lindqvist", "Okafor", "Navarro", "Schulz", "Tanaka", "Wozniak", "Haddad",
  "Bianchi", "Jansen", "Kowalski", "Ivanova", "Marchetti", "Novak", "Olsen", "Rahman", "Silva", "Dubois", "Fischer", "Horvath", "Kuznetsov",
  "Larsen", "Meyer", "Nilsson", "Popescu", "Quinn", "Rossi", "Szabo", "Varga", "Weber", "Zhou", "Abadi", "Brennan", "Castillo", "Demir"];
const TITLES = ["President", "Prime Minister", "Foreign Minister", "Gen.", "Senator", "Mayor", "Chancellor", "Defense Secretary"];
const PLACES = ["Kyiv", "Moscow", "Berlin", "Warsaw", "Kharkiv", "Odesa", "Brussels", "Paris", "Beijing", "Washington", "London",
  "Vienna", "Geneva", "Ankara", "Tbilisi", "Riga", "Vilnius", "Helsinki", "Prague", "Budapest", "Donetsk", "Crimea", "the Black Sea"];
const TOWNS = ["Velykyi Dolyn", "Novoselivka", "Bilohorivka", "Krasnopillia", "Zorianske", "Pisky", "Marinka", "Avdiivka", "Vuhledar"];
const ORGS = ["NATO", "the European Union", "the Kremlin", "the White House", "the Pentagon", "the United Nations", "the State Department",
  "the International Monetary Fund", "Reuters", "the Atlantic Council", "the Central Bank of Russia", "the Energy Ministry"];
const WORDS = ("government officials said the talks would continue next week despite growing pressure from allies over military " +
  "aid sanctions energy prices grain exports ceasefire negotiations troops front line artillery drones missiles shelling civilians " +
  "refugees humanitarian corridor infrastructure power grid winter economy inflation budget parliament vote election campaign " +
  "opposition protest court ruling investigation corruption reform pipeline gas oil tanker port shipping insurance markets currency " +
  "bank loans reconstruction housing schools hospitals doctors volunteers soldiers commanders brigade counteroffensive reservoir dam " +
  "bridge railway convoy border checkpoint summit delegation statement interview analysts warned according to people familiar with " +
  "the matter who spoke on condition of anonymity because they were not authorized to discuss it publicly").split(" ");

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; };
}

export function syntheticArticles(n: number, seed = 1): ParsedArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[], skew = 1): T => xs[Math.floor(r() ** skew * xs.length)]!;
  const people = Array.from({ length: 600 }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}`);
  const out: ParsedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const cast = Array.from({ length: 3 }, () => pick(people, 2));
    const where = [pick(PLACES, 1.5), pick(PLACES, 1.5), pick(TOWNS)];
    const paragraphs: string[] = [];
    let size = 0;
    while (size < 5000) {
      const sentences: string[] = [];
      for (let s = 0; s < 4; s++) {
        const words = Array.from({ length: 8 + Math.floor(r() * 14) }, () => pick(WORDS, 1.3));
        const who = pick(cast);
        const surname = who.split(" ")[1]!;
        const k = r();
        const subject = k < 0.2 ? `${pick(TITLES)} ${who}` : k < 0.4 ? `Mr. ${surname}` : k < 0.55 ? `${surname}’s aides` : k < 0.7 ? pick(ORGS) : "Officials";
        const tail = r() < 0.5 ? ` in ${pick(where)}` : r() < 0.5 ? ` with ${pick(ORGS)}` : "";
        sentences.push(`${subject} ${words.join(" ")}${tail}.`);
      }
      const p = sentences.join(" ");
      paragraphs.push(p);
      size += p.length + 1;
    }
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const id = `b${String(i).padStart(6, "0")}`;
    out.push({
      id, slug: id, headline: `Headline ${i}`, headlineSource: "text", date: d, datePrecision: "day", dateSource: "header", dateEvidence: null,
      bylines: [], dateline: null, source: null, origin: { file: `${id}.txt`, startLine: 1, endLine: 1 }, warnings: [], tags: [],
      format: "text", markdown: null, body: paragraphs,
    } as ParsedArticle);
  }
  return out;
}

/** CPU milliseconds (user + system) of `run`: on a shared, busy machine wall time mostly measures the neighbours. */
function time<T>(run: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const v = run();
  const c = process.cpuUsage(c0);
  return [v, (c.user + c.system) / 1000];
}

if (import.meta.url === `file://${process.argv[1]}`) main();
function main(): void {
const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [1000, 10_000]) {
  const arts = syntheticArticles(n);
  const kb = arts.reduce((s, a) => s + a.body.join("\n").length, 0) / 1024;
  const [mentions, tx] = time(() => new Map(arts.map((a) => [a.id, extractMentions(a)] as [string, Mention[]])));
  const [index, tr] = time(() => resolveEntities(mentions, arts, defaultConfig));
  const [, tl] = time(() => relatedArticles(arts, index));
  console.log(`${String(n).padStart(6)} articles (${(kb / n).toFixed(1)} KB avg): CPU ms: extract ${tx.toFixed(0)} (${(tx / n).toFixed(3)} ms/article), ` +
    `resolve ${tr.toFixed(0)}, related ${tl.toFixed(0)}; ${index.entities.length} entities`);
}
}
