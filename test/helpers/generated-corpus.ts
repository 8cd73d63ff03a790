// A generated archive for tests that need hundreds of articles (never the seeds): Markdown files
// with front matter, spread over several years, with shared bylines, tags and places so that
// lists, author pages, entities and related coverage all have something to show. Deterministic.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const WORDS = "the council said residents plan budget vote court school water bridge housing market workers union harbour ferry storm library museum station report hearing officials agency project policy season morning evening funding".split(" ");
const FIRST = ["Ava", "Ben", "Clara", "Daniel", "Elena", "Farid", "Grace", "Hiro"];
const LAST = ["Abbott", "Baker", "Castillo", "Dunn", "Eriksen", "Fischer", "Garcia", "Haddad"];
const PLACES = ["Norbel Harbor", "Selton Valley", "Kelarceton", "Rosvo Heights", "Isselville"];
const TAGS = ["Local Transport", "City Housing", "State Courts", "Local Weather", "City Schools"];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text of generated article `i` (its front matter and body). */
export function generatedArticle(i: number, seed = 1): string {
  const rnd = random(seed * 100_003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => (rnd() < 0.1 ? pick(PLACES) : pick(WORDS))).join(" ");
  const sentence = () => `${words(8 + Math.floor(rnd() * 10))}.`.replace(/^./, (c) => c.toUpperCase());
  const year = 2019 + (i % 6);
  const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
  const bylines = [`${pick(FIRST)} ${pick(LAST)}`];
  if (rnd() < 0.3) bylines.push(`${pick(FIRST)} ${pick(LAST)}`);
  const headline = `${words(3 + Math.floor(rnd() * 4))} number ${i}`.replace(/^./, (c) => c.toUpperCase());
  const body = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => Array.from({ length: 3 }, sentence).join(" ")).join("\n\n");
  return `---\nheadline: ${JSON.stringify(headline)}\ndate: ${date}\nbylines: ${JSON.stringify([...new Set(bylines)])}\ntags: [${JSON.stringify(pick(TAGS))}]\n---\n${body}\n`;
}

/** Writes `n` generated articles into `dir` (`article-0001.md`…); returns their file names. */
export function writeGeneratedCorpus(dir: string, n: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `article-${String(i).padStart(4, "0")}.md`;
    writeFileSync(path.join(dir, name), generatedArticle(i, seed));
    names.push(name);
  }
  return names;
}
