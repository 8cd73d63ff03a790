import { closeSync, createReadStream, fstatSync, openSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { cleanPath, requestTarget } from "./request-target.ts";
import { isWithin } from "../model/paths.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
};

/** Headers every response carries: the dev server runs on editors' laptops, so it is strict by default. */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

/**
 * The file a request path maps to inside `root`, or null when it would leave the site
 * (`..` in any encoding, NUL bytes, symlinks pointing out).
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/");
  if (segments.some((s) => s === "..")) return null;
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (!isWithin(root, target)) return null;
  try {
    const real = realpathSync(target);
    return isWithin(root, real) ? real : null;
  } catch {
    return target; // does not exist: the caller answers 404
  }
}

/** What `createStaticServer` serves and the hooks the dev server adds. */
export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** URL path prefix the site lives under ("/" or "/news/"). */
  basePath?: string;
  /** Extra handler tried first (the dev server's event stream); returns true when it answered. */
  before?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Rewrites an HTML page before it is sent (the dev server injects its client). */
  transformHtml?: (html: string, file: string) => string;
  /** Answers 403 to a request whose `Host` header this refuses (the dev server's DNS-rebinding check). */
  allowHost?: (host: string | undefined) => boolean;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" }).end(`${text}\n`);
}

/**
 * A small static file server for a built site, safe to point at untrusted content and at
 * untrusted requests: no request target or header can stop it, and it serves a file only when
 * the file's real path is inside the site.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  return createServer((req, res) => {
    try {
      handle(req, res, options);
    } catch (error) {
      // Whatever went wrong answers this request only; the server keeps serving.
      if (!res.headersSent) plain(res, 500, `Internal error: ${(error as Error).message}`);
      else res.destroy();
    }
  });
}

function handle(req: IncomingMessage, res: ServerResponse, options: StaticServerOptions): void {
  const basePath = options.basePath ?? "/";
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  if (options.allowHost && !options.allowHost(req.headers.host)) return plain(res, 403, "Forbidden: this server answers only to its own address (Host header refused)");
  if (options.before?.(req, res)) return;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const target = requestTarget(req.url);
  if (!target) return plain(res, 400, "Bad request target");
  let root: string;
  try {
    root = realpathSync(options.root);
  } catch {
    return plain(res, 503, `No site to serve: ${options.root} does not exist (build it first)`);
  }
  const pathname = target.path;
  if (!pathname.startsWith(basePath)) {
    if (`${cleanPath(pathname)}/` === basePath) return redirect(res, basePath);
    return notFound(req, res, root, options);
  }
  const file = resolveInside(root, pathname.slice(basePath.length - 1));
  if (!file) return plain(res, 400, "Bad request path");
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return notFound(req, res, root, options);
  }
  if (stat.isDirectory()) {
    if (!pathname.endsWith("/")) return redirect(res, `${cleanPath(pathname)}/${target.search}`);
    return send(req, res, root, path.join(file, "index.html"), 200, options);
  }
  return send(req, res, root, file, 200, options);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location }).end();
}

function notFound(req: IncomingMessage, res: ServerResponse, root: string, options: StaticServerOptions): void {
  send(req, res, root, path.join(root, "404.html"), 404, options, true);
}

/** Sends `file` if its real path is inside `root` and it can be read; else the 404 page (or a plain answer). */
function send(req: IncomingMessage, res: ServerResponse, root: string, file: string, status: number, options: StaticServerOptions, isFallback = false): void {
  let fd: number;
  let size: number;
  try {
    // index.html and 404.html are looked up here, not by resolveInside: their links are checked too.
    const real = realpathSync(file);
    if (!isWithin(root, real)) throw new Error("outside the site");
    // Only regular files are opened: opening a FIFO would block the server.
    if (!statSync(real).isFile()) throw new Error("not a file");
    fd = openSync(real, "r");
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      throw new Error("not a file");
    }
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return plain(res, 403, "Forbidden: this file cannot be read");
    if (!isFallback) return notFound(req, res, root, options);
    return plain(res, 404, "Not found");
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  res.setHeader("Cache-Control", "no-cache");
  if (type.startsWith("text/html") && options.transformHtml) {
    let html: string;
    try {
      html = options.transformHtml(readFileSync(fd, "utf8"), file);
    } finally {
      closeSync(fd);
    }
    res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(html) });
    res.end(req.method === "HEAD" ? undefined : html);
    return;
  }
  res.writeHead(status, { "Content-Type": type, "Content-Length": size });
  if (req.method === "HEAD") {
    closeSync(fd);
    return void res.end();
  }
  // A read that fails half-way (the file vanished under a rebuild) ends this response only.
  createReadStream("", { fd }).on("error", () => res.destroy()).pipe(res);
}

/** Starts listening and resolves with the bound port; a port in use rejects with a message saying what to do. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new Error(`port ${port} on ${host} is already in use: stop the other server or pick another port with --port`));
      else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
