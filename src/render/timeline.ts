import { monthName } from "../archive/index.ts";

/** One month of the archive as the timeline shows it. */
export interface TimelineMonth {
  year: string;
  /** "01"…"12". */
  month: string;
  /** Site-relative URL of the month archive. */
  url: string;
  count: number;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML/SVG text and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Longest run of months drawn as a continuous axis; longer archives show only months with articles. */
const MAX_SPAN = 360;
const W = 480;
const H = 160;
const PAD = { top: 14, right: 8, bottom: 26, left: 34 };

const key = (y: number, m: number) => y * 12 + (m - 1);

/**
 * An SVG bar chart of articles per month, drawn at build time: one bar per month on a continuous
 * axis (empty months included, so gaps are visible), each bar a link to its month, with `<title>`
 * and `<desc>`; followed by the same figures as a table inside `<details>` for screen readers,
 * keyboards and text browsers. Needs no JavaScript. Returns "" when there are no months.
 * Every interpolated string is escaped; `link` maps a site path to an href.
 */
export function timelineHtml(months: ReadonlyArray<TimelineMonth>, link: (sitePath: string) => string): string {
  const real = months
    .filter((m) => /^\d{4}$/.test(m.year) && /^(0[1-9]|1[0-2])$/.test(m.month))
    .slice()
    .sort((a, b) => key(+a.year, +a.month) - key(+b.year, +b.month));
  if (real.length === 0) return "";
  const first = key(+real[0]!.year, +real[0]!.month);
  const last = key(+real.at(-1)!.year, +real.at(-1)!.month);
  const byKey = new Map(real.map((m) => [key(+m.year, +m.month), m]));
  const bars: Array<{ year: string; month: string; url: string | null; count: number }> = [];
  if (last - first < MAX_SPAN) {
    for (let k = first; k <= last; k++) {
      const m = byKey.get(k);
      bars.push(m ?? { year: String(Math.floor(k / 12)), month: String((k % 12) + 1).padStart(2, "0"), url: null, count: 0 });
    }
  } else bars.push(...real);

  const total = real.reduce((s, m) => s + m.count, 0);
  const max = Math.max(1, ...real.map((m) => m.count));
  const busiest = real.reduce((a, b) => (b.count > a.count ? b : a));
  const label = (m: { year: string; month: string }) => `${monthName(m.month)} ${m.year}`;
  const range = bars.length === 1 ? label(bars[0]!) : `${label(bars[0]!)} to ${label(bars.at(-1)!)}`;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / bars.length;
  const barW = Math.min(48, step > 4 ? step * 0.8 : step);
  const n = (x: number) => String(Math.round(x * 10) / 10);
  const plural = (c: number) => `${c} article${c === 1 ? "" : "s"}`;

  const out: string[] = [];
  out.push('<figure class="timeline"><div class="timeline-plot">');
  out.push(
    `<svg class="timeline-chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="timeline-title">Articles per month, ${escapeHtml(range)}</title>`,
    `<desc id="timeline-desc">Bar chart of ${plural(total)} over ${bars.length} month${bars.length === 1 ? "" : "s"}; the busiest month is ${escapeHtml(label(busiest))} with ${plural(busiest.count)}. Each bar links to its month; the same figures follow as a table.</desc>`,
  );
  // Axis: baseline and the maximum, so heights can be read.
  const y0 = PAD.top + plotH;
  out.push(
    `<g class="timeline-axis" aria-hidden="true">`,
    `<line x1="${PAD.left}" y1="${y0}" x2="${W - PAD.right}" y2="${y0}"/>`,
    `<line class="timeline-grid" x1="${PAD.left}" y1="${PAD.top}" x2="${W - PAD.right}" y2="${PAD.top}"/>`,
    `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${max}</text>`,
    `<text x="${PAD.left - 6}" y="${y0}" text-anchor="end">0</text>`,
  );
  // Year labels under the first bar of each year, thinned so they never overlap.
  let lastLabelX = -Infinity;
  bars.forEach((b, i) => {
    if (i > 0 && bars[i - 1]!.year === b.year) return;
    const x = PAD.left + i * step;
    if (x - lastLabelX < 48) return;
    lastLabelX = x;
    out.push(`<text x="${n(x + (step - barW) / 2)}" y="${H - 6}">${escapeHtml(b.year)}</text>`);
  });
  out.push("</g>");
  out.push('<g class="timeline-bars">');
  const hits: string[] = [];
  bars.forEach((b, i) => {
    if (b.count <= 0) return;
    const h = Math.max(2, (b.count / max) * plotH);
    const x = PAD.left + i * step + (step - barW) / 2;
    out.push(`<rect x="${n(x)}" y="${n(y0 - h)}" width="${n(barW)}" height="${n(h)}"/>`);
    if (b.url)
      hits.push(`<a href="${escapeHtml(link(b.url))}" tabindex="-1"><rect x="${n(PAD.left + i * step)}" y="${PAD.top}" width="${n(step)}" height="${plotH}"><title>${escapeHtml(label(b))}: ${plural(b.count)}</title></rect></a>`);
  });
  out.push("</g></svg>");
  // The bars as links for pointer users: a transparent twin of the chart laid over it. It is hidden
  // from assistive technology and the tab order because the table below has the same links, and an
  // image (role="img") must not contain links itself.
  out.push(`<svg class="timeline-links" viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">${hits.join("")}</svg>`);
  out.push("</div>");
  out.push(
    '<details class="timeline-table"><summary>Articles per month as a table</summary>',
    `<table><caption>Articles per month, ${escapeHtml(range)}</caption>`,
    '<thead><tr><th scope="col">Month</th><th scope="col">Articles</th></tr></thead><tbody>',
  );
  for (const m of real) out.push(`<tr><th scope="row"><a href="${escapeHtml(link(m.url))}">${escapeHtml(label(m))}</a></th><td>${m.count}</td></tr>`);
  out.push("</tbody></table></details></figure>");
  return out.join("\n");
}
