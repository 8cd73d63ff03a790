// Every name src/ exports says what it is for: a JSDoc comment (`/** … */`) where it is declared.
// Parsed with the TypeScript compiler, so a comment that only looks close (a `//` line, a comment
// above a blank line's neighbour) does not count. Re-exports (`export { x } from`, `export *`) are
// documented where they are declared.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import test from "node:test";
import ts from "typescript";
import { ROOT } from "./helpers/cli.ts";

const SRC = path.join(ROOT, "src");

/** Whether `node` carries the `export` keyword (or `export default`). */
function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Whether a JSDoc block with some text (a description or a tag) is attached to `node`. */
function hasJsDoc(node: ts.Node): boolean {
  return ts.getJSDocCommentsAndTags(node).some((d) => ts.isJSDoc(d) && (Boolean(d.comment) || (d.tags?.length ?? 0) > 0));
}

/** Each exported declaration of `file` as [name, line, documented]. */
function exportedDeclarations(file: string): Array<[string, number, boolean]> {
  const source = ts.createSourceFile(file, readFileSync(path.join(SRC, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: Array<[string, number, boolean]> = [];
  const lineOf = (n: ts.Node): number => source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1;
  const locals = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) locals.set(d.name.getText(source), d);
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) locals.set(statement.name.text, statement);
  }
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      // `export { a, b }` of local names: the local declarations are the exported ones.
      if (statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
      for (const e of statement.exportClause.elements) {
        const local = locals.get((e.propertyName ?? e.name).text);
        if (local) found.push([e.name.text, lineOf(local), hasJsDoc(local)]);
      }
      continue;
    }
    if (ts.isExportAssignment(statement)) {
      found.push(["default", lineOf(statement), hasJsDoc(statement)]);
      continue;
    }
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) found.push([d.name.getText(source), lineOf(statement), hasJsDoc(d)]);
    } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) {
      found.push([statement.name?.getText(source) ?? "default", lineOf(statement), hasJsDoc(statement)]);
    }
  }
  // An overloaded function is documented when any of its signatures is.
  const documented = new Set(found.filter(([, , ok]) => ok).map(([name]) => name));
  return found.map(([name, line, ok]) => [name, line, ok || documented.has(name)]);
}

const sources = (readdirSync(SRC, { recursive: true }) as string[]).map((f) => f.split(path.sep).join("/")).filter((f) => f.endsWith(".ts")).sort();

test("every exported declaration in src/ has a JSDoc comment", () => {
  const all = sources.flatMap((f) => exportedDeclarations(f).map(([name, line, ok]) => ({ at: `src/${f}:${line} ${name}`, ok })));
  assert.ok(all.length > 300, `the scanner found the exports (${all.length})`);
  const missing = all.filter((d) => !d.ok).map((d) => d.at);
  assert.deepEqual(missing, [], `${missing.length} exported names without a JSDoc comment (say what each is for):\n${missing.join("\n")}`);
});

test("the JSDoc scanner tells a documented export from an undocumented one", () => {
  const probe = ts.createSourceFile("probe.ts", "/** Says why. */\nexport const a = 1;\n// not JSDoc\nexport function b() {}\n/** */\nexport type C = 1;\n", ts.ScriptTarget.Latest, true);
  const verdicts = probe.statements.map((s) => hasJsDoc(ts.isVariableStatement(s) ? s.declarationList.declarations[0]! : s));
  assert.deepEqual(verdicts, [true, false, false]);
});
