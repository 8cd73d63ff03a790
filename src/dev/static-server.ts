import { createReadStream, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";

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
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  try {
    const real = realpathSync(target);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    return real;
  } catch {
    return target; // does not exist: the caller answers 404
  }
}

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** URL path prefix the site lives under ("/" or "/news/"). */
  basePath?: string;
  /** Extra handler tried first (the dev server's event stream); returns true when it answered. */
  before?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Rewrites an HTML page before it is sent (the dev server injects its client). */
  transformHtml?: (html: string, file: string) => string;
}

/** A small static file server for a built site, safe to point at untrusted content. */
export function createStaticServer(options: StaticServerOptions): Server {
  const basePath = options.basePath ?? "/";
  return createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (options.before?.(req, res)) return;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const root = realpathSync(options.root);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(basePath)) {
      if (`${url.pathname}/` === basePath) return redirect(res, basePath);
      return notFound(res, root, options);
    }
    const file = resolveInside(root, url.pathname.slice(basePath.length - 1));
    if (!file) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request path\n");
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return notFound(res, root, options);
    }
    if (stat.isDirectory()) {
      if (!url.pathname.endsWith("/")) return redirect(res, `${url.pathname}/${url.search}`);
      return send(req, res, path.join(file, "index.html"), 200, options);
    }
    return send(req, res, file, 200, options);
  });
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location }).end();
}

function notFound(res: ServerResponse, root: string, options: StaticServerOptions): void {
  send(null, res, path.join(root, "404.html"), 404, options, true);
}

function send(req: IncomingMessage | null, res: ServerResponse, file: string, status: number, options: StaticServerOptions, isFallback = false): void {
  let stat;
  try {
    stat = statSync(file);
    if (!stat.isFile()) throw new Error("not a file");
  } catch {
    if (!isFallback) return notFound(res, realpathSync(options.root), options);
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
    return;
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  res.setHeader("Cache-Control", "no-cache");
  if (type.startsWith("text/html") && options.transformHtml) {
    const html = options.transformHtml(readFileSync(file, "utf8"), file);
    res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(html) });
    res.end(req?.method === "HEAD" ? undefined : html);
    return;
  }
  res.writeHead(status, { "Content-Type": type, "Content-Length": stat.size });
  if (req?.method === "HEAD") return void res.end();
  createReadStream(file).pipe(res);
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
