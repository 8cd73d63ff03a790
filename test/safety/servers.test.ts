import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { createStaticServer, listen } from "../../src/dev/index.ts";
import { hostAllowed, isLoopback } from "../../src/dev/host-check.ts";
import { cleanPath, requestTarget } from "../../src/dev/request-target.ts";
import { startDev, type DevSession } from "../../src/dev/session.ts";
import { BIN, cli } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";
import { execFileSync } from "node:child_process";

/**
 * Sends raw bytes (without half-closing, as a browser would) and resolves with whatever comes back
 * before the server closes the connection or `ms` pass (an incomplete request is left waiting).
 */
function raw(port: number, bytes: string | Buffer, ms = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const done = () => (socket.destroy(), resolve(answer));
    socket.setTimeout(ms, done);
    socket.on("data", (c) => (answer += c.toString("latin1")));
    socket.on("end", done);
    socket.on("error", done);
    socket.on("close", done);
    socket.write(bytes);
  });
}

const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
const get = (port: number, target: string, headers = "") => raw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Connection: close\r\n\r\n`);

function site(): { root: string; site: string } {
  const root = tempDir();
  const site = path.join(root, "site");
  mkdirSync(path.join(site, "authors"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), "home");
  writeFileSync(path.join(site, "404.html"), "missing");
  writeFileSync(path.join(site, "authors", "index.html"), "authors");
  writeFileSync(path.join(root, "secret.txt"), "secret");
  return { root, site };
}

describe("request targets", () => {
  test("should split a target by hand and refuse what is not a path", () => {
    assert.deepEqual(requestTarget("//"), { path: "//", search: "" });
    assert.deepEqual(requestTarget("/a?b=1#x"), { path: "/a", search: "?b=1" });
    assert.deepEqual(requestTarget("http://example.org//x/?q"), { path: "//x/", search: "?q" });
    assert.equal(requestTarget("http://[::1/"), null);
    assert.equal(requestTarget("*"), null);
    assert.equal(requestTarget("javascript:alert(1)"), null);
    assert.equal(cleanPath("//authors"), "/authors");
    assert.equal(cleanPath("/.//a/../b/"), "/a/b/");
  });

  test("should allow only the preview's own names in the Host header", () => {
    assert.ok(hostAllowed("127.0.0.1:8080", "127.0.0.1"));
    assert.ok(hostAllowed("localhost:8080", "127.0.0.1"));
    assert.ok(hostAllowed("[::1]:8080", "::1"));
    assert.ok(hostAllowed("preview.lan:8080", "preview.lan"));
    assert.ok(!hostAllowed("attacker.example:8080", "127.0.0.1"), "a rebound domain is refused");
    assert.ok(!hostAllowed("127.0.0.1.attacker.example", "127.0.0.1"));
    assert.ok(isLoopback("127.0.0.1") && isLoopback("::1") && isLoopback("localhost"));
    assert.ok(!isLoopback("0.0.0.0") && !isLoopback("192.168.1.2"));
  });
});

describe("static server under hostile requests", () => {
  const { root, site: dir } = site();
  const server = createStaticServer({ root: dir });
  let port = 0;
  before(async () => (port = await listen(server, 0, "127.0.0.1")));
  after(() => server.close());

  test("should answer `GET //`, `///` and `GET http://[::1/` and keep serving", async () => {
    for (const target of ["//", "///", "http://[::1/", "//evil.example/", "/%", "*"]) {
      const answer = await get(port, target);
      assert.ok(status(answer) >= 200 && status(answer) < 500, `${target}: ${answer.slice(0, 40)}`);
      assert.doesNotMatch(answer, /\r\nLocation: \/\//i, `${target} redirects to another host`);
    }
    assert.match(await get(port, "/"), /home$/);
  });

  test("should never redirect to another host: `/.//authors` goes to `/authors/`", async () => {
    const answer = await get(port, "/.//authors");
    assert.equal(status(answer), 301);
    assert.match(answer, /\r\nLocation: \/authors\/\r\n/);
    const twice = await get(port, "//authors?x=1");
    assert.match(twice, /\r\nLocation: \/authors\/\?x=1\r\n/);
  });

  test("should survive fuzzed request lines and headers", async () => {
    const methods = fc.constantFrom("GET", "HEAD", "POST", "OPTIONS", "G\u0000T", "", "CONNECT");
    const target = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("//", "///", "http://[::1/", "/..%2f..%2f", "/%zz", "?", "#", "http://x:99999/", "/\u0000", "/a/../../b"));
    const header = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 60 })).map(([k, v]) => `${k}: ${v}\r\n`);
    const request = fc.tuple(methods, target, fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/9", ""), fc.array(header, { maxLength: 4 }));
    const samples = fc.sample(request, { numRuns: 250, seed: 13 });
    const answers: string[] = [];
    for (let i = 0; i < samples.length; i += 25) {
      const batch = samples.slice(i, i + 25).map(([m, t, v, hs]) => raw(port, `${m} ${t} ${v}\r\n${hs.join("")}\r\n`, 300));
      answers.push(...(await Promise.all(batch)));
    }
    assert.ok(answers.filter((a) => status(a) === 400).length > 50, "most garbage is answered 400, not dropped");
    assert.ok(!answers.some((a) => status(a) >= 500), "no request makes the server fail");
    assert.match(await get(port, "/"), /home$/, "still serving after 250 hostile requests");
  });

  test("should not follow a symlinked index.html or 404.html out of the site", async () => {
    const { root: r2, site: inner } = site();
    const s2 = createStaticServer({ root: inner });
    const p2 = await listen(s2, 0, "127.0.0.1");
    try {
      mkdirSync(path.join(inner, "linked"));
      symlinkSync(path.join(r2, "secret.txt"), path.join(inner, "linked", "index.html"));
      execFileSync("rm", [path.join(inner, "404.html")]);
      symlinkSync(path.join(r2, "secret.txt"), path.join(inner, "404.html"));
      for (const target of ["/linked/", "/nope", "/404.html"]) {
        const answer = await get(p2, target);
        assert.ok(!answer.includes("secret"), `${target} leaked a file outside the site`);
        assert.ok([400, 404].includes(status(answer)), `${target}: ${status(answer)}`);
      }
    } finally {
      s2.close();
    }
  });

  test("should answer a FIFO without blocking and a missing site folder with 503", async () => {
    mkfifoSync(path.join(dir, "pipe.html"));
    assert.equal(status(await get(port, "/pipe.html")), 404);
    const gone = createStaticServer({ root: path.join(root, "not-built") });
    const p3 = await listen(gone, 0, "127.0.0.1");
    try {
      const answer = await get(p3, "/");
      assert.equal(status(answer), 503);
      assert.match(answer, /does not exist \(build it first\)/);
      assert.equal(status(await get(p3, "/")), 503, "and again: it did not crash");
    } finally {
      gone.close();
    }
  });
});

// fs.mkfifoSync does not exist; made with mkfifo(1).
function mkfifoSync(file: string): void {
  execFileSync("mkfifo", [file]);
}

describe("serve", () => {
  test("should refuse a missing --out with a message, and answer 403 for an unreadable file without crashing", async () => {
    const missing = cli(["serve", "--out", path.join(tempDir(), "nothing"), "--port", "0"]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no site to serve: .* does not exist; build it first/);

    const { root, site: dir } = site();
    chmodSync(root, 0o755); // a temporary folder is private to its maker
    writeFileSync(path.join(dir, "locked.html"), "private");
    chmodSync(path.join(dir, "locked.html"), 0o000);
    // As root every file is readable: run the server as an unprivileged user, as a reader would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const child = spawn(process.execPath, [BIN, "serve", "--out", dir, "--port", "0"], { ...asUser, cwd: path.dirname(dir), env: { ...process.env, NO_COLOR: "1" } });
    try {
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
      child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
      const port = await new Promise<number>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no port printed: ${stdout} ${stderr}`)), 30_000);
        child.stdout.on("data", () => {
          const m = /:(\d+)\//.exec(stdout);
          if (m) (clearTimeout(t), resolve(Number(m[1])));
        });
      });
      assert.equal(status(await get(port, "/locked.html")), 403);
      assert.match(await get(port, "/"), /home$/, "the server is still up");
    } finally {
      child.kill("SIGTERM");
    }
  });

  test("should warn when bound beyond loopback", async () => {
    const { site: dir } = site();
    const child = spawn(process.execPath, [BIN, "serve", "--out", dir, "--port", "0", "--host", "0.0.0.0"], { cwd: path.dirname(dir) });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no warning: ${stderr}`)), 30_000);
        child.stderr.on("data", () => /not loopback/.test(stderr) && (clearTimeout(t), resolve()));
      });
    } finally {
      child.kill("SIGTERM");
    }
  });
});

describe("dev server", () => {
  let session: DevSession;
  let port = 0;
  before(async () => {
    const root = tempDir();
    mkdirSync(path.join(root, "seeds"));
    writeFileSync(path.join(root, "seeds", "a.txt"), "Council approves river bridge plan\n\nThe council approved the plan.\n");
    session = await startDev({ root, seeds: path.join(root, "seeds"), configFile: path.join(root, "none.json"), out: path.join(root, "live"), host: "127.0.0.1", port: 0 });
    port = session.port;
  });
  after(() => session.close());

  test("should answer `GET //` and `GET http://[::1/` and keep serving", async () => {
    for (const target of ["//", "///", "http://[::1/"]) {
      const code = status(await get(port, target));
      assert.ok(code >= 200 && code < 500, `${target}: ${code}`);
    }
    assert.equal(status(await get(port, "/")), 200);
  });

  test("should refuse a request whose Host is not its own (DNS rebinding)", async () => {
    const evil = await raw(port, `GET / HTTP/1.1\r\nHost: attacker.example:${port}\r\nConnection: close\r\n\r\n`);
    assert.equal(status(evil), 403);
    const events = await raw(port, `GET /__newsarchive/events HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n`);
    assert.equal(status(events), 403);
    const own = await raw(port, `GET / HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`);
    assert.equal(status(own), 200);
  });
});
