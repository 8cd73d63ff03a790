import type { IncomingMessage, ServerResponse } from "node:http";
import { requestTarget } from "./request-target.ts";
import { formatDiagnostic, type Diagnostic } from "../model/index.ts";

/** The URL path of the dev server's Server-Sent Events stream: the same whatever the base path, answered before any file is looked up. */
export const EVENTS_PATH = "/__newsarchive/events";

/** Messages the dev server sends to browsers over Server-Sent Events. */
export type LiveMessage =
  /** Site paths of pages and files that changed or vanished: a browser showing one of those pages, or an image among those files, reloads. */
  | { event: "reload"; pages: string[] }
  /** Only stylesheets changed: swap them in place. */
  | { event: "css" }
  /** Errors stand: show the overlay (the same text the terminal shows). */
  | { event: "problem"; errors: string[] }
  /** The errors are fixed: hide the overlay. */
  | { event: "clear" };

/** The event stream every open page listens to. */
export class LiveReload {
  readonly #clients = new Set<ServerResponse>();
  readonly #heartbeat: NodeJS.Timeout;

  constructor() {
    // A comment line now and then keeps proxies and idle timers from closing the stream.
    this.#heartbeat = setInterval(() => this.#write(": ping\n\n"), 15_000);
    this.#heartbeat.unref();
  }

  /** The static server's `before` hook: answers the event stream's path, leaves the rest. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (requestTarget(req.url)?.path !== EVENTS_PATH) return false;
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache", Connection: "keep-alive" });
    res.write("retry: 500\n\n");
    this.#clients.add(res);
    req.on("close", () => this.#clients.delete(res));
    return true;
  };

  get clients(): number {
    return this.#clients.size;
  }

  send(message: LiveMessage): void {
    const { event, ...data } = message;
    this.#write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  #write(chunk: string): void {
    for (const res of this.#clients) res.write(chunk);
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const res of this.#clients) res.end();
    this.#clients.clear();
  }
}

/** The site paths (under the base path) a written file is served at. */
export function pagePaths(file: string, basePath: string): string[] {
  if (file === "index.html") return [basePath];
  if (file.endsWith("/index.html")) return [`${basePath}${file.slice(0, -"index.html".length)}`];
  return [`${basePath}${file}`];
}

/** Each error as the overlay shows it: `file:line: message`, made safe for display. */
export function errorLines(errors: readonly Diagnostic[]): string[] {
  return errors.map(formatDiagnostic);
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The overlay's markup with the current errors, injected into served pages while they stand. */
export function overlayHtml(errors: readonly string[]): string {
  return `<div id="__newsarchive-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem"><p style="font-weight:bold;color:#ff8a80">newsarchive: the last change has errors; the last good pages are shown.</p><pre style="white-space:pre-wrap">${errors.map(escapeHtml).join("\n")}</pre><button type="button" onclick="this.parentNode.remove()">Dismiss</button></div>`;
}

/** The client every dev page gets: reload on change, swap CSS in place, show and clear the overlay. */
export function clientScript(): string {
  return `<script data-newsarchive-dev>(() => {
  const es = new EventSource(${JSON.stringify(EVENTS_PATH)});
  const here = () => decodeURI(location.pathname);
  const shows = (pages) => pages.includes(here()) || [...document.images].some((i) => pages.includes(decodeURI(new URL(i.src, location.href).pathname)));
  es.addEventListener("reload", (e) => { const { pages } = JSON.parse(e.data); if (shows(pages)) location.reload(); });
  es.addEventListener("css", () => { for (const l of document.querySelectorAll('link[rel="stylesheet"]')) { const u = new URL(l.href); u.searchParams.set("v", Date.now()); l.href = u.href; } });
  es.addEventListener("problem", (e) => {
    const { errors } = JSON.parse(e.data);
    document.getElementById("__newsarchive-overlay")?.remove();
    const t = document.createElement("template");
    t.innerHTML = ${JSON.stringify(overlayHtml(["\u0000"]))}.replace("\\u0000", errors.map((s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")).join("\\n"));
    document.body.append(t.content);
  });
  es.addEventListener("clear", () => document.getElementById("__newsarchive-overlay")?.remove());
})();</script>`;
}

/** Adds the client (and the overlay while errors stand) before `</body>`. */
export function injectDev(html: string, errors: readonly string[]): string {
  const extra = `${errors.length ? overlayHtml(errors) : ""}${clientScript()}`;
  const at = html.lastIndexOf("</body>");
  return at < 0 ? html + extra : html.slice(0, at) + extra + html.slice(at);
}
