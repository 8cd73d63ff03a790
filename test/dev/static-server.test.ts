import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { createStaticServer, listen } from "../../src/dev/index.ts";
import { tempDir } from "../helpers/site.ts";

/** A raw GET that sends the path exactly as given (fetch would normalise `..` away). */
function get(port: number, rawPath: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static server", () => {
  const root = tempDir();
  const site = path.join(root, "site");
  let port = 0;
  const server = createStaticServer({ root: site });

  before(async () => {
    mkdirSync(path.join(site, "a"), { recursive: true });
    writeFileSync(path.join(site, "index.html"), "home");
    writeFileSync(path.join(site, "404.html"), "missing");
    writeFileSync(path.join(site, "a", "index.html"), "page a");
    writeFileSync(path.join(root, "secret.txt"), "secret");
    symlinkSync(path.join(root, "secret.txt"), path.join(site, "link.txt"));
    port = await listen(server, 0, "127.0.0.1");
  });
  after(() => server.close());

  test("should serve pages and folders' index files", async () => {
    assert.equal((await get(port, "/")).body, "home");
    assert.equal((await get(port, "/a/")).body, "page a");
    assert.equal((await get(port, "/a")).status, 301);
  });

  test("should answer 404 with the site's 404 page", async () => {
    const r = await get(port, "/nope/");
    assert.equal(r.status, 404);
    assert.equal(r.body, "missing");
  });

  test("should never serve files outside the site, however the path is encoded", async () => {
    for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/a/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/link.txt", "/%00"]) {
      const r = await get(port, p);
      assert.notEqual(r.body, "secret", p);
      assert.ok(r.status === 400 || r.status === 404, `${p}: ${r.status}`);
    }
  });

  test("should send security headers", async () => {
    const r = await get(port, "/");
    assert.equal(r.headers["x-content-type-options"], "nosniff");
    assert.match(String(r.headers["content-security-policy"]), /default-src 'self'/);
  });

  test("should explain a port in use", async () => {
    const other = createStaticServer({ root: site });
    await assert.rejects(listen(other, port, "127.0.0.1"), /already in use.*--port/);
  });
});
