// Kind from evidence and one identity per page: one table per kind of evidence, each row a sentence pair
// (two articles, so a page can exist) and the pages it must and must not make.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractMentions, resolveEntities } from "../../src/archive/entities/index.ts";
import { entitiesText } from "../../src/archive/entities/explain.ts";
import type { ParsedArticle } from "../../src/model/index.ts";
import { article, config } from "./helpers.ts";

const index = (arts: ParsedArticle[]) => resolveEntities(new Map(arts.map((a) => [a.id, extractMentions(a)])), arts, config());
/** Pages made from the same paragraph(s) in two articles, as "kind:name". */
function pages(...body: string[]): string[] {
  return index([article({ body }), article({ body })]).entities.map((e) => `${e.kind}:${e.name}`).sort();
}

const rows = (cases: Array<[string, string[], string[]]>) => {
  for (const [text, must, mustNot] of cases) {
    const got = pages(text);
    for (const p of must) assert.ok(got.includes(p), `${text}\n  should make ${p}; got ${got.join(", ")}`);
    for (const p of mustNot) assert.ok(!got.some((g) => g === p || g.endsWith(`:${p}`)), `${text}\n  should not make ${p}; got ${got.join(", ")}`);
  }
};

test("gazetteers: countries in other languages, US states and AP abbreviations, GeoNames cities", () => {
  rows([
    ["Die Regierung in Deutschland und Frankreich reagierte.", ["place:Germany", "place:France"], ["Deutschland", "Frankreich"]],
    ["El gobierno de Alemania habló con Estados Unidos.", ["place:Germany", "place:United States"], ["Alemania"]],
    ["Le président a quitté la Russie pour l'Europe.", [], ["Russie"]],
    ["Officials in Sacramento, Calif., and Austin, TX, disagreed.", ["place:California", "place:Texas"], ["Calif", "TX", "organization:TX"]],
    ["The mayor of Lyon spoke to reporters in Porto about Ouagadougou.", ["place:Lyon", "place:Porto"], []],
    ["Europa und Afrika und Asien trafen sich.", ["place:Europe", "place:Africa", "place:Asia"], []],
  ]);
});

test("titles, roles and known first names make people; pronouns, groups and characters do not", () => {
  rows([
    ["Sen. Tammy Example spoke, and a spokeswoman, Jo Ortolan, replied.", ["person:Tammy Example", "person:Jo Ortolan"], []],
    ["John Q. Placeholder arrived. Mary Testcase left.", ["person:John Q. Placeholder", "person:Mary Testcase"], []],
    ["Democrats said so, and Lady Macbeth agreed. Then I left, said the President. I’ve said so.", [], ["Democrats", "Macbeth", "I", "I’ve"]],
    ["Donald Exemplar Jr. met Donald Exemplar. Mr. Exemplar said no.", ["person:Donald Exemplar", "person:Donald Exemplar Jr."], []],
  ]);
});

test("acronyms: ordinary-language ones are nothing, listed ones are organisations, others need their full name", () => {
  rows([
    ["FYI, the PR team said DNA tests at 9 a.m. UTC and ET showed the GDP fell.", [], ["FYI", "PR", "DNA", "UTC", "ET", "GDP"]],
    ["The FBI and the AP said so.", ["organization:FBI", "organization:AP"], []],
    ["The QXI said so again.", [], ["QXI"]],
  ]);
  const idx = index([
    article({ body: ["The Quantum Xylophone Institute said so."] }),
    article({ body: ["The QXI said so."] }),
  ]);
  const qxz = idx.entities.find((e) => e.name === "Quantum Xylophone Institute" || e.name === "QXI")!;
  assert.ok(qxz, "the acronym joins the full name the archive uses");
  assert.deepEqual(qxz.articles.length, 2);
});

test("a dotted acronym is the same organisation", () => {
  const idx = index([article({ body: ["The FBI said so."] }), article({ body: ["The F.B.I. said so."] })]);
  const fbi = idx.entities.filter((e) => e.name === "FBI" || e.aliases.includes("FBI"));
  assert.equal(fbi.length, 1);
  assert.ok([fbi[0]!.name, ...fbi[0]!.aliases].includes("F.B.I."));
  assert.equal(fbi[0]!.articles.length, 2);
});

test("an acronym two full names share is not merged", () => {
  const idx = index([
    article({ body: ["The Quantum Xylophone Institute said so. The Quiet Xenon Institute agreed."] }),
    article({ body: ["The Quantum Xylophone Institute said so. The Quiet Xenon Institute agreed. The QXI said so."] }),
    article({ body: ["The QXI said so."] }),
  ]);
  assert.ok(!idx.entities.some((e) => e.aliases.includes("QXI")));
});

test("an institution's name joined by 'and' keeps its possessive last word", () => {
  rows([["He works for the U.S. Patent and Trademark Office’s training unit.", [], ["Trademark Office"]]]);
  const m = extractMentions(article({ body: ["He works for the U.S. Patent and Trademark Office’s training unit."] }));
  assert.deepEqual(m.map((x) => x.name), ["U.S. Patent and Trademark Office"]);
});

test("software, products, diseases, websites and other languages' phrases are not entities", () => {
  rows([
    ["He uses Windows and Android on an iPhone, and caught Covid-19 in Paris.", ["place:Paris"], ["Windows", "Android", "iPhone", "Covid-19"]],
    ["Read it on Politico.com or Example.co.uk today.", [], ["Example"]],
    ["Para el gobierno, Sin Embargo todo cambió. Según Juan Pérez, no.", [], ["Para", "Sin Embargo", "Según Juan Pérez"]],
  ]);
});

test("one identity, one page: aliases, nicknames, departments, outlets", () => {
  const idx = index([
    article({ body: ["The Associated Press reported that the State Department and the GOP met; Exxon Mobil agreed."] }),
    article({ body: ["The AP reported that the Department of State and the Republican Party met; ExxonMobil agreed."] }),
  ]);
  const by = (n: string) => idx.entities.filter((e) => e.name === n || e.aliases.includes(n));
  for (const n of ["AP", "Associated Press", "State Department", "Department of State", "GOP", "Republican Party", "Exxon Mobil", "ExxonMobil"]) {
    assert.equal(by(n).length, 1, n);
    assert.equal(by(n)[0]!.articles.length, 2, n);
  }
});

test("short forms of first names and department names fold into one page", () => {
  const idx = index([
    article({ body: ["Senator Chuck Placeholder met officials of Health and Human Services."] }),
    article({ body: ["Senator Charles E. Placeholder met officials of the Department of Health and Human Services."] }),
  ]);
  const names = idx.entities.map((e) => `${e.kind}:${e.name}:${e.articles.length}`).sort();
  assert.deepEqual(names, ["organization:Department of Health and Human Services:2", "person:Charles E. Placeholder:2"]);
});

test("a bare surname several people share gets no page of its own; entities --explain says why", () => {
  const idx = index([
    article({ body: ["John Example spoke. Mary Example listened."] }),
    article({ body: ["John Example spoke. Mary Example listened."] }),
    article({ body: ["Mr. Example said no."] }),
    article({ body: ["Mr. Example said yes."] }),
  ]);
  assert.ok(!idx.entities.some((e) => e.name === "Example"));
  const text = entitiesText(idx, true);
  assert.match(text, /Example \[person\?\] 2 articles: ambiguous surname: John Example, Mary Example/);
  assert.match(text, /John Example — 2 articles, \/john-example\/; evidence: first-name ×2/);
});

test("an organisation noun before a name in another language outweighs a city of that name", () => {
  const idx = index([
    article({ body: ["El partido Morena acusa al gobierno. Morena ganó en la capital."] }),
    article({ body: ["Según el partido Morena, la reforma es necesaria."] }),
  ]);
  assert.deepEqual(idx.entities.map((e) => `${e.kind}:${e.name}`), ["organization:Morena"]);
  // In English "the party Trump hosted" names a person, so it is no cue.
  assert.ok(!pages("He left the party Trump hosted. He left the party Trump hosted.").some((p) => p.startsWith("organization:")));
});

test("a person's page takes the mixed-case spelling over a wire's capitals", () => {
  const idx = index([
    article({ body: ["President DONALD Q. EXAMPLE spoke. DONALD Q. EXAMPLE left."] }),
    article({ body: ["President Donald Q. Example spoke."] }),
  ]);
  assert.deepEqual(idx.entities.map((e) => e.name), ["Donald Q. Example"]);
});
