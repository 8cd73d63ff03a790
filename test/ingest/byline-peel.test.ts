// Bylines and credits: prefixes in other languages, titles, outlets and possessives are peeled off names and
// kept as title/affiliation; a line that is not a name never becomes an author; a credit line never stays in the body.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseTopByline } from "../../src/ingest/byline.ts";
import { parseCreditLine } from "../../src/ingest/credits.ts";
import { cleanByline, resolveAuthors } from "../../src/archive/authors.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { article } from "../archive/helpers.ts";
import { parseText } from "./helpers.ts";

type Row = [line: string, expected: Array<{ name: string; title?: string; affiliation?: string }> | null];

test("top-of-story bylines: prefixes in the languages we read, titles and affiliations", () => {
  const rows: Row[] = [
    ["By Jane Doe and John Roe", [{ name: "Jane Doe" }, { name: "John Roe" }]],
    ["By Jane Doe, Staff Writer", [{ name: "Jane Doe", title: "Staff Writer" }]],
    ["By Jane Doe, example.com", [{ name: "Jane Doe", affiliation: "example.com" }]],
    ["By Jane Doe, The Example Gazette", [{ name: "Jane Doe", affiliation: "The Example Gazette" }]],
    ["By Jane Doe (Reuters)", [{ name: "Jane Doe", affiliation: "Reuters" }]],
    ["Por Juan Pérez", [{ name: "Juan Pérez" }]],
    ["Von Anna Schmidt und Ben Sauer", [{ name: "Anna Schmidt" }, { name: "Ben Sauer" }]],
    ["Par Jean Dupont, correspondant", [{ name: "Jean Dupont", title: "correspondant" }]],
    ["Di Marco Rossi", [{ name: "Marco Rossi" }]],
    ["De Maria Silva e João Souza", [{ name: "Maria Silva" }, { name: "João Souza" }]],
    ["Door Jan de Boer", [{ name: "Jan de Boer" }]],
    ["Por José Ortega y Gasset", [{ name: "José Ortega y Gasset" }]],
    // Not names: a desk, a press-release heading, a date.
    ["By Staff", null],
    ["By Press Release", null],
    ["By FOR IMMEDIATE RELEASE", null],
    ["Por Redacción", null],
    ["By November 18, 2019", null],
  ];
  for (const [line, expected] of rows) {
    const got = parseTopByline(line)?.bylines.map(({ name, title, affiliation }) => ({ name, ...(title ? { title } : {}), ...(affiliation ? { affiliation } : {}) })) ?? null;
    assert.deepEqual(got, expected, line);
  }
});

test("possessive credits: the outlet is an affiliation, the line is a credit", () => {
  const rows: Row[] = [
    ["CNN's Jane Doe reported.", [{ name: "Jane Doe", affiliation: "CNN" }]],
    ["The Example Post’s Jane Doe contributed to this report.", [{ name: "Jane Doe", affiliation: "The Example Post" }]],
    ["Officials' statements were reported.", null],
  ];
  for (const [line, expected] of rows) {
    const got = parseCreditLine(line)?.bylines.map(({ name, affiliation }) => ({ name, ...(affiliation ? { affiliation } : {}) })) ?? null;
    assert.deepEqual(got, expected, line);
  }
});

test("cleanByline peels what a record's name may still carry", () => {
  const rows: Array<[string, string]> = [
    ["By JANE DOE,", "JANE DOE"], ["Por Juan Pérez", "Juan Pérez"], ["Von Anna Schmidt, Redakteurin", "Anna Schmidt"],
    ["CNN's Jane Doe", "Jane Doe"], ["Jane Doe, Staff Writer", "Jane Doe"], ["Jane Doe, site.com", "Jane Doe"],
    ["Jane Doe | Reuters", "Jane Doe"], ["Anne de Vries", "Anne de Vries"], ["Julian E. Barnes", "Julian E. Barnes"], ["Dee Smith", "Dee Smith"],
  ];
  for (const [raw, clean] of rows) assert.equal(cleanByline(raw), clean, raw);
});

test("author pages merge a name with its prefixed and possessive variants", () => {
  const arts = [
    article({ id: "p1", body: ["x"], bylines: [{ name: "Por Juan Pérez", role: "author", location: null }] }),
    article({ id: "p2", body: ["x"], bylines: [{ name: "Juan Pérez", role: "author", location: null }] }),
    article({ id: "p3", body: ["x"], bylines: [{ name: "El País's Juan Pérez", role: "author", location: null }] }),
  ];
  const idx = resolveAuthors(arts, defaultConfig);
  assert.deepEqual(idx.authors.map((a) => [a.name, a.credits.length]), [["Juan Pérez", 3]]);
});

test("a titled byline with an update time becomes bylines, and a possessive credit leaves the body", () => {
  const fp = parseText("t.txt", [
    "A Headline About the Harbour Plan",
    "",
    "By Jane Doe, Staff Writer",
    "",
    "The harbour plan was approved on Tuesday after a long debate in the council chamber, officials said.",
    "",
    "Residents had asked for changes to the plan for more than a year, and many attended the meeting.",
    "",
    "The Example Post's John Roe reported.",
    "",
  ].join("\n"));
  const a = fp.articles[0]!;
  assert.deepEqual(a.bylines.map((b) => [b.name, b.title ?? null, b.affiliation ?? null]), [["Jane Doe", "Staff Writer", null], ["John Roe", null, "The Example Post"]]);
  assert.ok(!a.body.some((p) => /reported\.$|Staff Writer/.test(p)), a.body.join("\n"));
});

test("a byline line that also carries an update time: the names are bylines, the time is not a name", () => {
  const fp = parseText("u.txt", [
    "A Headline About the Harbour Plan", "",
    "By Jane Doe and John Roe | Updated 9:07 PM EST, Tue November 19, 2019", "",
    "The harbour plan was approved on Tuesday after a long debate in the council chamber, officials said.", "",
    "Residents had asked for changes to the plan for more than a year, and many attended the meeting.", "",
  ].join("\n"));
  assert.deepEqual(fp.articles[0]!.bylines.map((b) => b.name), ["Jane Doe", "John Roe"]);
  assert.ok(!fp.articles[0]!.body.some((p) => /Updated/.test(p)));
});

test("a front-matter author string that lists people is one byline each", () => {
  const fp = parseText("f.md", "---\nheadline: A Harbour Plan\ndate: 2024-01-02\nauthor: \"Jane Doe and John Roe\"\n---\nThe harbour plan was approved on Tuesday after a long debate.\n");
  assert.deepEqual(fp.articles[0]!.bylines.map((b) => b.name), ["Jane Doe", "John Roe"]);
});

test("a front-matter author string listing account names is one byline each", () => {
  const fp = parseText("g.md", "---\nheadline: A Release\ndate: 2024-01-02\nauthor: \"VerteDinde and sofianguy\"\n---\nThe release was published on Tuesday after a long wait.\n");
  assert.deepEqual(fp.articles[0]!.bylines.map((b) => b.name), ["VerteDinde", "sofianguy"]);
});
