// The benchmark's table as Markdown: one row per measure, Hugo | Hugo + Pagefind | newsarchive,
// medians over the repeats (wall time) and the largest peak seen (memory).
import type { EditTimes } from "./edits.ts";
import { summary, type Timed } from "./measure.ts";

/** Every run of one size, in the order they were made (peers and ours interleaved per repeat). */
export interface Runs {
  n: number;
  hugoCold: Timed[];
  pagefindCold: Timed[];
  oursNoSearch: Timed[];
  oursCold: Timed[];
  hugoWarm: Timed[];
  pagefindWarm: Timed[];
  oursWarm: Timed[];
  hugoOne: Timed[];
  pagefindOne: Timed[];
  oursOne: Timed[];
  hugoDev?: EditTimes;
  oursDev?: EditTimes;
}

const med = (xs: readonly number[]) => summary(xs).median;
const walls = (ts: readonly Timed[]) => ts.map((t) => t.wall);
const peak = (ts: readonly Timed[]) => Math.max(...ts.map((t) => t.rssMb));

/** Seconds with a sensible number of digits. */
export function secs(s: number): string {
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}
/** Megabytes, or gigabytes from 1 GB up. */
export function mem(mb: number): string {
  return !Number.isFinite(mb) ? "?" : mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${mb.toFixed(0)} MB`;
}
const ratio = (ours: number, theirs: number, name: string) => (Number.isFinite(theirs) && theirs > 0 ? `, ${(ours / theirs).toFixed(2)}× ${name}` : "");

/** Our peak: the tree's largest process (GNU time), with the per-process peaks sampled from /proc. */
function ourMemory(ts: readonly Timed[]): string {
  const byName = new Map<string, number>();
  for (const t of ts) for (const [name, mb] of Object.entries(t.peaks)) byName.set(name, Math.max(byName.get(name) ?? 0, mb));
  const parts = [...byName].sort((a, b) => b[1] - a[1]).map(([name, mb]) => `${name} ${mem(mb)}`);
  return `peak ${mem(peak(ts))}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

function hugoPagefind(hugo: readonly Timed[], pagefind: readonly Timed[]): { total: number; cell: string } {
  const total = med(hugo.map((h, i) => h.wall + pagefind[i]!.wall));
  return { total, cell: `${secs(med(walls(hugo)))} + ${secs(med(walls(pagefind)))} = **${secs(total)}**; Hugo ${mem(peak(hugo))}, Pagefind ${mem(peak(pagefind))}` };
}

function devCell(d: EditTimes | undefined): { median: number; cell: string } {
  if (!d) return { median: NaN, cell: "" };
  const s = summary(d.times);
  return { median: s.median, cell: `**${(s.median / 1000).toFixed(3)} s** median, ${(s.p95 / 1000).toFixed(3)} s p95 (${d.times.length} edits); server ${mem(d.rssMb)}` };
}

/** The Markdown table of one size. */
export function table(r: Runs): string {
  const peers = r.hugoCold.length > 0;
  const rows: string[][] = [];
  const hugoCell = (ts: Timed[]) => (peers ? `**${secs(med(walls(ts)))}**; ${mem(peak(ts))}` : "");
  const ours = (ts: Timed[], vs: number, name: string) => (ts.length ? `**${secs(med(walls(ts)))}**${ratio(med(walls(ts)), vs, name)}; ${ourMemory(ts)}` : "");
  const hugo = med(walls(r.hugoCold));
  rows.push(["cold build, no search", hugoCell(r.hugoCold), "", ours(r.oursNoSearch, peers ? hugo : NaN, "Hugo")]);
  const cold = peers ? hugoPagefind(r.hugoCold, r.pagefindCold) : { total: NaN, cell: "" };
  rows.push(["cold build with search", "", cold.cell, ours(r.oursCold, cold.total, "Hugo + Pagefind")]);
  if (r.oursWarm.length) {
    const warm = peers ? hugoPagefind(r.hugoWarm, r.pagefindWarm) : { total: NaN, cell: "" };
    rows.push(["warm build, nothing changed", peers ? `${hugoCell(r.hugoWarm)} (renders every page again)` : "", warm.cell, ours(r.oursWarm, warm.total, "Hugo + Pagefind")]);
    const one = peers ? hugoPagefind(r.hugoOne, r.pagefindOne) : { total: NaN, cell: "" };
    rows.push(["one article changed, CLI rebuild", hugoCell(r.hugoOne), one.cell, ours(r.oursOne, one.total, "Hugo + Pagefind")]);
  }
  if (r.oursDev || r.hugoDev) {
    const h = devCell(r.hugoDev);
    const o = devCell(r.oursDev);
    rows.push(["dev server, edit → page", h.cell ? `${h.cell} (\`hugo server\`, fast render)` : "", "(no search in `hugo server`)", o.cell + (Number.isFinite(h.median) ? `, ${(o.median / h.median).toFixed(2)}× Hugo` : "")]);
  }
  const head = [`${r.n.toLocaleString("en")} articles`, "Hugo", "Hugo + Pagefind CLI on its output", "newsarchive"];
  return [head, head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** CPU seconds (medians over the rounds) of every measured build: the figure that load on a shared machine moves least. */
export function cpuLine(r: Runs): string {
  const cpu = (ts: readonly Timed[]) => (ts.length ? `${med(ts.map((t) => t.cpu)).toFixed(1)} s` : "");
  const parts: Array<[string, Timed[]]> = [
    ["Hugo cold", r.hugoCold], ["Pagefind on it", r.pagefindCold], ["newsarchive cold no search", r.oursNoSearch], ["newsarchive cold with search", r.oursCold],
    ["Hugo warm", r.hugoWarm], ["Pagefind warm", r.pagefindWarm], ["newsarchive warm", r.oursWarm],
    ["Hugo one article", r.hugoOne], ["Pagefind one article", r.pagefindOne], ["newsarchive one article", r.oursOne],
  ];
  return `CPU time (user + system of each process tree, medians): ${parts.filter(([, ts]) => ts.length).map(([name, ts]) => `${name} ${cpu(ts)}`).join(", ")}`;
}

/** Peak memory per process over every run of the size, and our cold build's largest process per 1,000 articles (#16's stated bound). */
export function memoryLine(r: Runs): string {
  const all = (ts: readonly Timed[]) => (ts.length ? Math.max(...ts.map((t) => t.rssMb)) : NaN);
  const ours = [...r.oursNoSearch, ...r.oursCold, ...r.oursWarm, ...r.oursOne];
  const byName = (name: string) => Math.max(0, ...ours.map((t) => t.peaks[name] ?? 0));
  const parts = [
    ["Hugo", all([...r.hugoCold, ...r.hugoWarm, ...r.hugoOne])],
    ["Pagefind CLI", all([...r.pagefindCold, ...r.pagefindWarm, ...r.pagefindOne])],
    ["newsarchive build, largest process", all(ours)],
    ["its node process", byName("node")],
    ["its largest Pagefind process", byName("pagefind")],
    ["hugo server", r.hugoDev?.rssMb ?? NaN],
    ["newsarchive dev", r.oursDev?.rssMb ?? NaN],
  ] as const;
  const cold = all(r.oursCold);
  return `Peak memory per process (largest over all runs of this size): ${parts.filter(([, mb]) => Number.isFinite(mb) && mb > 0).map(([name, mb]) => `${name} ${mem(mb)}`).join(", ")}; newsarchive's cold build with search: ${(cold / (r.n / 1000)).toFixed(0)} MB per 1,000 articles (largest process)`;
}
