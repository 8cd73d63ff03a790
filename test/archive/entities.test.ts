import { test } from "node:test";
import assert from "node:assert/strict";
import { unified } from "unified";
import rehypeStringify from "rehype-stringify";
import type { Root } from "hast";
import { entityUrl, extractMentions, fold, parsePersonName, resolveEntities, stripPossessive, type EntityMemo } from "../../src/archive/entities/index.ts";
import { rehypeLinkEntities } from "../helpers/rehype-link-entities.ts";
import type { Mention } from "../../src/archive/entities/index.ts";
import type { ParsedArticle } from "../../src/model/index.ts";
import { article, config, seedArticles, seedConfig } from "./helpers.ts";

const index = (arts: ParsedArticle[], cfg = config()) => resolveEntities(new Map(arts.map((a) => [a.id, extractMentions(a)])), arts, cfg);
const names = (ms: Mention[]) => ms.map((m) => `${m.kind}:${m.name}`);

const seeds = await seedArticles();
const seedIndex = index(seeds, seedConfig());

test("newsroom: Helena Varga and Tobias Lund are one entity each, listing every article that mentions them however named", () => {
  const cases: Array<[RegExp, RegExp]> = [
    [/Varga/, /\bVarga\b/],
    [/Lund/, /\bLund\b/],
  ];
  for (const [name, inText] of cases) {
    const found = seedIndex.entities.filter((e) => name.test(e.name));
    assert.equal(found.length, 1, `${name}: ${found.map((e) => e.name).join(", ")}`);
    const e = found[0]!;
    assert.equal(e.kind, "person");
    const expected = seeds.filter((a) => inText.test(a.body.join("\n"))).map((a) => a.id).sort();
    assert.ok(expected.length >= 3, `${name} is in ${expected.length} articles`);
    assert.deepEqual(e.articles.map((x) => x.articleId).sort(), expected, e.name);
  }
  const varga = seedIndex.entities.find((e) => /Varga/.test(e.name))!;
  assert.equal(varga.name, "Helena Varga");
  assert.ok(varga.articles.every((a) => a.snippet.length > 0 && a.snippet.length <= 202 && /Varga/.test(a.snippet)));
});

test("newsroom: no junk entity names", () => {
  const all = [...new Set(seeds.flatMap((a) => extractMentions(a).map((m) => m.name)))];
  const junk = all.filter((n) =>
    /^(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|President|Prime|Mayor|Chancellor|Secretary|Foreign|Top|Minister|Representative)\b/.test(n) ||
    /['’]s?$/.test(n) || /^\p{Ll}/u.test(n) || /[,;:!?“”"]/.test(n) ||
    /^(However|Still|But|And|The|In|On|At|It|This|That|When|While|After|Nobody|Islanders|Students|Critics|People|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(n) ||
    /^(Nordic|Baltic|Norwegian|Polish|Danish|Estonian|European)$/.test(n) ||
    n.split(" ").length > 8 ||
    / (of|on|for|and|the)$/.test(n) || / (on|in) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(n) ||
    /^(Parliament|Court|Port|Government|Ministry|Museum|Harbour)$/.test(n));
  assert.deepEqual(junk, []);
  // Every name with a page, judged: one page per thing, short forms folded into the full name.
  const pages = seedIndex.entities.map((e) => e.name);
  for (const gone of ["Varga", "Lund", "Ms. Varga", "Mr. Lund"]) assert.ok(!pages.includes(gone), gone);
  assert.equal(new Set(pages.map((n) => n.toLowerCase())).size, pages.length);
  for (const e of seedIndex.entities) assert.ok(e.articles.length >= 2, e.name);
  const kinds = new Map(seedIndex.entities.map((e) => [e.name, e.kind]));
  for (const p of ["Bergen", "Gdansk", "Tallinn"]) assert.equal(kinds.get(p), "place", p);
  for (const o of ["Baltic Ports Authority", "Nordic Rail Agency", "World Bank"]) assert.equal(kinds.get(o), "organization", o);
});

test("titles, honorifics and possessives are dropped; a bare surname resolves within the article", () => {
  const a = article({ body: [
    "President Vladimir V. Putin of Russia met Chancellor Angela Merkel in Berlin.",
    "Mr. Putin’s aides said Ms. Merkel and Russian President Vladimir Putin spoke; Merkel later left for Britain’s capital.",
  ] });
  const ms = extractMentions(a);
  assert.deepEqual(names(ms), [
    "person:Vladimir V. Putin", "place:Russia", "person:Angela Merkel", "place:Berlin",
    "person:Vladimir V. Putin", "person:Angela Merkel", "person:Vladimir V. Putin", "person:Angela Merkel", "place:Britain",
  ]);
  // Surfaces are exact body substrings, without title or possessive ending.
  for (const m of ms) assert.equal(a.body[m.paragraph]!.slice(m.start, m.start + m.text.length), m.text);
  assert.deepEqual(ms.map((m) => m.text).slice(4, 6), ["Putin", "Merkel"]);
});

test("demonyms are not places; sentence words, days and months are not entities", () => {
  const ms = extractMentions(article({ body: [
    "However, Chinese and Ukrainian officials met on Monday in March. Still, Gone are the days.",
    "Russian troops advanced. The Kremlin said the European Union and Georgetown University disagreed.",
  ] }));
  assert.deepEqual(names(ms), ["organization:Kremlin", "organization:European Union", "organization:Georgetown University"]);
});

test("appositives and cues: lowercase roles, 'X of Y' institutions, place cues", () => {
  const ms = extractMentions(article({ body: [
    "The foreign minister, Wang Yi, spoke to the Council on Foreign Relations in Washington.",
    "Mr. Wang flew to Zaporozhye-Nord, then to the city of Kramatorsk.",
  ] }));
  const n = names(ms);
  assert.ok(n.includes("person:Wang Yi"));
  assert.ok(n.includes("organization:Council on Foreign Relations"));
  assert.ok(n.includes("place:Washington"));
  assert.ok(n.includes("place:Kramatorsk"));
  assert.equal(ms.filter((m) => m.name === "Wang Yi").length, 2);
});

test("institution names keep 'of the' and 'and'; dates, fragments and bare institution words are no names", () => {
  const ms = extractMentions(article({ body: [
    "Aid came from the International Committee of the Red Cross, said an analyst at the Center for Strategic and International Studies.",
    "He will address the U.S. Congress on Wednesday, and Parliament votes on Friday; a Eu official said the E.U. agreed.",
    "The Court ruled. She would adhere to Napoleon, she said, and America would watch from Lviv.",
  ] }));
  assert.deepEqual(names(ms), [
    "organization:International Committee of the Red Cross", "organization:Center for Strategic and International Studies",
    "organization:U.S. Congress", "organization:European Union", "place:United States", "place:Lviv",
  ]);
});

test("across articles: a bare surname joins the unique full name; conflicting initials stay apart", () => {
  const arts = [
    article({ id: "e1", body: ["Angela Merkel spoke with John A. Smith in Berlin."] }),
    article({ id: "e2", body: ["Chancellor Merkel later met John B. Smith in Berlin."] }),
    article({ id: "e3", body: ["Ms. Merkel spoke. John A. Smith agreed with John B. Smith."] }),
  ];
  const idx = index(arts);
  const merkel = idx.entities.find((e) => e.name === "Angela Merkel")!;
  assert.deepEqual(merkel.articles.map((a) => a.articleId), ["e1", "e2", "e3"]);
  assert.ok(merkel.aliases.includes("Merkel"));
  assert.deepEqual(idx.entities.filter((e) => /Smith/.test(e.name)).map((e) => e.name).sort(), ["John A. Smith", "John B. Smith"]);
  assert.equal(idx.entities[0]!.name, "Angela Merkel"); // most coverage first
  assert.deepEqual(idx.byArticle.get("e2")!.map((x) => x.name), ["Angela Merkel", "Berlin", "John B. Smith"]);
});

test("config add / rename / merge / suppress", () => {
  const arts = [
    article({ id: "c1", body: ["NATO met in Brussels with Boris Johnson and the Acme Widget Company."] }),
    article({ id: "c2", body: ["NATO met in Brussels with Boris Johnson."] }),
  ];
  const idx = index(arts, config({ entities: {
    add: [{ name: "Acme Widget Company", kind: "organization", aliases: [] }],
    rename: { NATO: "North Atlantic Treaty Organization" },
    merge: {},
    suppress: ["Brussels"],
  } }));
  const got = idx.entities.map((e) => `${e.kind}:${e.name}:${e.articles.length}`).sort();
  assert.deepEqual(got, ["organization:Acme Widget Company:1", "organization:North Atlantic Treaty Organization:2", "person:Boris Johnson:2"]);
  assert.equal(idx.entities.find((e) => e.kind === "organization" && e.articles.length === 2)!.slug, "north-atlantic-treaty-organization");
});

test("config add: names and aliases are searched for in the bodies, not only among the scanner's candidates", () => {
  const arts = [
    article({ id: "d1", body: ["Shares of the widget maker Acme rose.", "Analysts said acme-grade parts were scarce."] }),
    article({ id: "d2", body: ["The Acme Widget Company opened a plant.", "Later, ACME said it would hire."] }),
    article({ id: "d3", body: ["A plant in Lviv closed; Acmeville was not affected."] }),
    article({ id: "d4", body: ["Volunteers called it the Red Line project, and the Red Line grew."] }),
  ];
  const idx = index(arts, config({ entities: {
    add: [
      { name: "Acme Widget Company", kind: "organization", aliases: ["Acme", "ACME"] },
      { name: "Red Line", kind: "organization", aliases: [] },
    ],
    rename: {}, merge: {}, suppress: [],
  } }));
  const acme = idx.entities.find((e) => e.name === "Acme Widget Company")!;
  assert.deepEqual(acme.articles.map((a) => [a.articleId, a.count]), [["d1", 1], ["d2", 2]]); // not "acme-grade", not "Acmeville"
  assert.ok(acme.articles.every((a) => /Acme|ACME/.test(a.snippet)));
  assert.deepEqual(acme.aliases, ["ACME", "Acme"]);
  assert.deepEqual(idx.byArticle.get("d2")!.find((x) => x.name === "Acme Widget Company")!.surfaces, ["Acme Widget Company", "ACME"]);
  const red = idx.entities.find((e) => e.name === "Red Line")!;
  assert.deepEqual(red.articles.map((a) => [a.articleId, a.count]), [["d4", 2]]);
});

test("config merge folds one extracted name into another; rename and suppress apply to the merged entity", () => {
  const arts = [
    article({ id: "m1", body: ["Kiev and Odessa were shelled, the governor of Kharkiv said."] }),
    article({ id: "m2", body: ["In Kyiv, officials from Kharkiv Oblast met aid groups from Lviv."] }),
    article({ id: "m3", body: ["Lviv and Kharkiv Oblast braced for winter."] }),
  ];
  const idx = index(arts, config({ entities: {
    add: [],
    rename: { Kyiv: "Kyiv (capital)" },
    merge: { "Kharkiv Oblast": "Kharkiv" },
    suppress: ["lviv"],
  } }));
  const byName = new Map(idx.entities.map((e) => [e.name, e]));
  assert.deepEqual(byName.get("Kharkiv")!.articles.map((a) => a.articleId), ["m1", "m2", "m3"]);
  assert.ok(byName.get("Kharkiv")!.aliases.includes("Kharkiv Oblast"));
  assert.ok(!byName.has("Kharkiv Oblast"));
  assert.deepEqual(byName.get("Kyiv (capital)")!.articles.map((a) => a.articleId), ["m1", "m2"]); // "Kiev" is Kyiv
  assert.equal(byName.get("Kyiv (capital)")!.slug, "kyiv-capital");
  assert.ok(![...byName.keys()].some((n) => /Lviv/.test(n)), "suppress is case-insensitive");
});

test("name helpers", () => {
  assert.equal(fold("PÉREZ-Peña’s"), "perez-pena's");
  assert.equal(stripPossessive("Britain’s"), "Britain");
  assert.deepEqual(parsePersonName("Mr. Vladimir V. Putin’s"), { first: "vladimir", middles: ["v"], last: "putin", words: 3, suffix: "" });
  assert.equal(parsePersonName("Donald Trump Jr.").suffix, "jr");
  assert.equal(entityUrl({ kind: "person", slug: "x" }), "/people/x/");
  assert.equal(entityUrl({ kind: "place", slug: "x" }), "/places/x/");
  assert.equal(entityUrl({ kind: "organization", slug: "x" }), "/organizations/x/");
});

test("rehypeLinkEntities links only the first mention, longest surface first, never in a/headings/code", () => {
  const tree: Root = { type: "root", children: [
    { type: "element", tagName: "h2", properties: {}, children: [{ type: "text", value: "Putin speaks" }] },
    { type: "element", tagName: "p", properties: {}, children: [
      { type: "text", value: "See " },
      { type: "element", tagName: "a", properties: { href: "/x" }, children: [{ type: "text", value: "Putin" }] },
      { type: "text", value: " and Vladimir V. Putin, then Putin & Putinism in <Kyiv>." },
    ] },
    { type: "element", tagName: "p", properties: {}, children: [
      { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: "Kyiv" }] },
      { type: "text", value: " Kyiv again, Kyiv." },
    ] },
  ] };
  const processor = unified().use(rehypeLinkEntities, { links: [
    { surfaces: ["Putin", "Vladimir V. Putin"], href: "/people/vladimir-v-putin/", title: "Vladimir V. Putin" },
    { surfaces: ["Kyiv"], href: "/places/kyiv/" },
  ] }).use(rehypeStringify);
  const html = processor.stringify(processor.runSync(tree) as Root);
  assert.equal(html,
    '<h2>Putin speaks</h2><p>See <a href="/x">Putin</a> and <a href="/people/vladimir-v-putin/" title="Vladimir V. Putin" class="entity">Vladimir V. Putin</a>, then Putin &#x26; Putinism in &#x3C;<a href="/places/kyiv/" class="entity">Kyiv</a>>.</p>' +
    "<p><code>Kyiv</code> Kyiv again, Kyiv.</p>");
});

test("an edit that changes no mention gets the last index; edits that change snippets or names get a fresh one", () => {
  const cfg = config();
  const memo: EntityMemo = { last: null }; // what a rebuild state keeps between rebuilds
  const kept = (arts: ParsedArticle[]) => resolveEntities(new Map(arts.map((a) => [a.id, extractMentions(a)])), arts, cfg, memo);
  const fresh = (arts: ParsedArticle[]) => index(arts, cfg); // no memo: nothing reused
  const arts = [
    article({ id: "e1", body: ["Maria Costa spoke in Lisbon on Monday.", "The harbour plan was approved."] }),
    article({ id: "e2", body: ["In Lisbon, Maria Costa said the plan would cost more."] }),
    article({ id: "e3", body: ["Tomas Berg visited Porto."] }),
  ];
  const first = kept(arts);
  // A paragraph without names appended, and a paragraph no mention is in rewritten: the same index.
  const typed = arts.map((a, i) => (i === 0 ? { ...a, body: [a.body[0]!, "The harbour plan was approved in a late vote.", "Work starts soon."] } : a));
  assert.equal(kept(typed), first);
  assert.notEqual(fresh(typed), first);
  assert.deepEqual(first, fresh(typed));
  // The paragraph holding the mentions changes around them: same mentions, new snippets.
  const snippet = typed.map((a, i) => (i === 1 ? { ...a, body: ["In Lisbon, Maria Costa said the plan would cost far less."] } : a));
  const resnipped = kept(snippet);
  assert.notEqual(resnipped, first);
  assert.deepEqual(resnipped, fresh(snippet));
  // A new name in the third article: Porto gets a second article and a page.
  const named = snippet.map((a, i) => (i === 2 ? { ...a, body: ["Tomas Berg visited Porto and Lisbon."] } : a));
  assert.deepEqual(kept(named), fresh(named));
  assert.ok(kept(named).entities.some((e) => e.name === "Lisbon" && e.articles.length === 3));
});

test("with names added by the rules, any change to a body gets a fresh index", () => {
  const cfg = config({ entities: { add: [{ name: "Acme", kind: "organization", aliases: [] }], rename: {}, merge: {}, suppress: [] } });
  const arts = [article({ id: "f1", body: ["Shares rose."] }), article({ id: "f2", body: ["Acme hired."] })];
  const memo: EntityMemo = { last: null };
  const kept = (list: ParsedArticle[]) => resolveEntities(new Map(list.map((a) => [a.id, extractMentions(a)])), list, cfg, memo);
  kept(arts);
  const edited = arts.map((a, i) => (i === 0 ? { ...a, body: ["Shares rose.", "acme and Acme both."] } : a));
  assert.deepEqual(kept(edited).entities.find((e) => e.name === "Acme")!.articles.map((x) => x.articleId), ["f1", "f2"]);
});
