// The shape of src/, measured: small files, TypeScript only, imports without circles, and no
// module-level state beyond a few marked caches of pure functions.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import test from "node:test";
import { ROOT } from "./helpers/cli.ts";

const SRC = path.join(ROOT, "src");
const files = (readdirSync(SRC, { recursive: true }) as string[]).map((f) => f.split(path.sep).join("/")).sort();
const sources = files.filter((f) => f.endsWith(".ts"));
const text = new Map(sources.map((f) => [f, readFileSync(path.join(SRC, f), "utf8")]));

test("src/ holds TypeScript and JSON data, no JavaScript", () => {
  assert.ok(sources.length > 50);
  const other = files.filter((f) => /\.\w+$/.test(f) && !/\.ts$/.test(f) && !/\.json$/.test(f));
  assert.deepEqual(other, []);
  assert.deepEqual(sources.filter((f) => f.endsWith(".d.ts")), [], "declaration files are generated, not kept");
});

test("no file in src/ is over 300 lines", () => {
  const long = sources.map((f) => [f, text.get(f)!.split("\n").length - (text.get(f)!.endsWith("\n") ? 1 : 0)] as const).filter(([, n]) => n > 300);
  assert.deepEqual(long, []);
});

/** The src/ files a module imports (static, dynamic and type-only imports alike). */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of text.get(file)!.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.ts)"/g)) out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)));
  return out;
}

test("no import circle in src/", () => {
  const graph = new Map(sources.map((f) => [f, importsOf(f)]));
  let edges = 0;
  for (const [f, deps] of graph) for (const d of deps) (edges++, assert.ok(graph.has(d), `${f} imports a missing ${d}`));
  assert.ok(edges > 100, "the import scanner found the imports");
  const state = new Map<string, "open" | "done">();
  const visit = (f: string, trail: string[]): void => {
    if (state.get(f) === "done") return;
    assert.notEqual(state.get(f), "open", `import circle: ${[...trail.slice(trail.indexOf(f)), f].join(" → ")}`);
    state.set(f, "open");
    for (const d of graph.get(f)!) visit(d, [...trail, f]);
    state.set(f, "done");
  };
  for (const f of sources) visit(f, []);
});

/** Whether line `j` is inside a function or class (else it runs once, as the module loads). */
function insideFunction(lines: readonly string[], j: number): boolean {
  let k = j;
  while (k > 0 && !/^[^\s})\]]/.test(lines[k]!)) k--;
  return /^(export )?(default )?(async )?(function|class)\b|^(export )?const \w+ = (async )?\(/.test(lines[k]!);
}

test("module-level state is at most 10 caches of pure functions, each marked so", () => {
  const marked: string[] = [];
  const unmarked: string[] = [];
  for (const [f, body] of text) {
    const lines = body.split("\n");
    lines.forEach((line, i) => {
      if (line.startsWith("// Module cache (pure):")) marked.push(`${f}:${i + 1}`);
      const name = /^(?:export )?let (\w+)/.exec(line)?.[1] ?? /^(?:export )?const (\w+) = new (?:Map|WeakMap|Set|Uint\d+Array|Int\d+Array)\b/.exec(line)?.[1];
      if (!name) return;
      // A `let`, or a collection changed inside a function, is state; one filled while the module loads is a constant table.
      const mutation = new RegExp(`\\b${name}(?:\\.(?:set|add|delete|clear)\\(|\\[[^\\]]+\\] =)`);
      const changed = line.startsWith("let") || line.startsWith("export let") || lines.some((l, j) => j !== i && mutation.test(l) && insideFunction(lines, j));
      if (!changed) return;
      const above = lines.slice(Math.max(0, i - 4), i).join("\n");
      if (!above.includes("// Module cache (pure):")) unmarked.push(`${f}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(unmarked, [], "module-level state that is not a marked cache of a pure function");
  assert.ok(marked.length <= 10, `${marked.length} module caches: ${marked.join(", ")}`);
});

test("every field of the model's records and configuration is documented where it is declared", () => {
  const undocumented: string[] = [];
  let fields = 0;
  for (const f of sources.filter((s) => s.startsWith("model/") && s !== "model/diagnostic-kinds.ts")) {
    const lines = text.get(f)!.split("\n");
    lines.forEach((line, i) => {
      if (!/^\s+(readonly )?"?[\w-]+"?\??: /.test(line) || /^\s*(\/\/|\*)/.test(line)) return;
      fields++;
      const before = lines[i - 1]!.trim();
      if (!before.endsWith("*/") && !before.startsWith("//")) undocumented.push(`${f}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.ok(fields > 40, "the scanner found the fields");
  assert.deepEqual(undocumented, []);
});
