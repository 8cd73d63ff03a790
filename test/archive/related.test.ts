import { test } from "node:test";
import assert from "node:assert/strict";
import { relatedArticles, relatedSteps, TermTable } from "../../src/archive/related/related.ts";
import { extractMentions, resolveEntities, type EntityIndex } from "../../src/archive/entities/index.ts";
import type { ParsedArticle } from "../../src/model/index.ts";
import { article, config, seedArticles } from "./helpers.ts";

const index = (arts: ParsedArticle[]) => resolveEntities(new Map(arts.map((a) => [a.id, extractMentions(a)])), arts, config());

test("seeds: every article gets related articles, never itself, deterministic", async () => {
  const arts = await seedArticles();
  const idx = index(arts);
  const rel = relatedArticles(arts, idx);
  for (const a of arts) {
    const list = rel.get(a.id)!;
    assert.ok(list.length >= 1, a.id);
    assert.ok(list.length <= 5);
    assert.ok(list.every((r) => r.id !== a.id && r.reason.length > 0));
    assert.match(list[0]!.reason, /^(Also about|Similar wording): /);
  }
  assert.deepEqual(relatedArticles([...arts].reverse(), idx), rel);
});

test("rarer shared entities and closer dates rank higher; reasons name entities or words", () => {
  const arts = [
    article({ id: "r1", date: "2024-01-10", body: ["Angela Merkel met Olaf Scholz in Berlin about the pipeline."] }),
    article({ id: "r2", date: "2024-01-11", body: ["Angela Merkel and Olaf Scholz spoke in Berlin again."] }),
    article({ id: "r3", date: "2020-01-01", body: ["Angela Merkel visited Berlin and Paris."] }),
    article({ id: "r4", date: "2024-01-12", body: ["The pipeline pipeline turbines stalled; turbines need repairs."] }),
    article({ id: "r5", date: null, body: ["Turbines and pipeline repairs continue in the summer."] }),
  ];
  const idx: EntityIndex = index(arts);
  const rel = relatedArticles(arts, idx, { limit: 2 });
  assert.deepEqual(rel.get("r1")!.map((r) => r.id), ["r2", "r3"]);
  assert.match(rel.get("r1")![0]!.reason, /^Also about: Olaf Scholz, /);
  assert.equal(rel.get("r4")![0]!.id, "r5");
  assert.match(rel.get("r4")![0]!.reason, /^Similar wording: .*turbines/);
});

// Timing lives in bench/entities.ts; this checks the result at archive scale.
test("should rank related coverage for 10,000 articles, five each", () => {
  const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!));
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const arts: ParsedArticle[] = [];
  const byArticle: EntityIndex["byArticle"] = new Map();
  for (let i = 0; i < 10_000; i++) {
    const words = Array.from({ length: 800 }, () => vocab[Math.floor(rnd() ** 2 * vocab.length)]!);
    const id = `s${String(i).padStart(5, "0")}`;
    arts.push(article({ id, date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, body: [words.slice(0, 400).join(" "), words.slice(400).join(" ")] }));
    byArticle.set(id, Array.from({ length: 6 }, () => { const e = Math.floor(rnd() ** 3 * 3000); return { slug: `e${e}`, kind: "person" as const, name: `E${e}`, surfaces: [] }; }));
  }
  const rel = relatedArticles(arts, { entities: [], byArticle });
  assert.equal(rel.size, 10_000);
  assert.ok([...rel.values()].every((l) => l.length === 5));
  assert.ok([...rel].every(([id, l]) => l.every((r) => r.id !== id)), "never itself");
  // In steps (the dev server's builder takes a turn between them): within each pass over the
  // articles, not only between phases, and to the same lists.
  const steps = relatedSteps(arts, { entities: [], byArticle });
  let step = steps.next();
  let yields = 0;
  for (; !step.done; step = steps.next()) yields++;
  assert.ok(yields >= 3 * Math.floor(10_000 / 1024), `${yields} steps`);
  assert.deepEqual(step.value, rel);
});

/** An entity index by hand: article id → entity names (slug = lowercase name). */
function handIndex(map: Record<string, string[]>): EntityIndex {
  return { entities: [], byArticle: new Map(Object.entries(map).map(([id, names]) => [id, names.map((n) => ({ slug: n.toLowerCase(), kind: "place" as const, name: n, surfaces: [n] }))])) };
}
const filler = (i: number) => [`Paragraph number ${["one", "two", "three", "four", "five", "six", "seven", "eight"][i % 8]} of routine text.`];

test("time closeness breaks ties between otherwise equal candidates", () => {
  const arts = [
    article({ id: "t0", date: "2024-06-01", body: filler(0) }),
    article({ id: "t1", date: "2019-06-01", body: filler(1) }),
    article({ id: "t2", date: "2024-05-20", body: filler(2) }),
    article({ id: "t3", date: "2023-06-01", body: filler(3) }),
    article({ id: "t4", date: null, body: filler(4) }),
  ];
  const rel = relatedArticles(arts, handIndex({ t0: ["Kherson"], t1: ["Kherson"], t2: ["Kherson"], t3: ["Kherson"], t4: ["Kherson"] }));
  assert.deepEqual(rel.get("t0")!.map((r) => r.id), ["t2", "t4", "t3", "t1"]); // undated weighs as about eight months apart
  // Same date, same evidence: the smaller id first.
  const same = [0, 1, 2].map((i) => article({ id: `u${i}`, date: "2024-01-01", body: filler(i) }));
  assert.deepEqual(relatedArticles(same, handIndex({ u0: ["Odesa"], u1: ["Odesa"], u2: ["Odesa"] })).get("u2")!.map((r) => r.id), ["u0", "u1"]);
});

test("a rare shared entity beats a common one; reasons list shared entities rarest first", () => {
  const ids = Array.from({ length: 12 }, (_, i) => `k${String(i).padStart(2, "0")}`);
  const arts = ids.map((id, i) => article({ id, date: "2024-03-01", body: filler(i) }));
  const map: Record<string, string[]> = Object.fromEntries(ids.map((id) => [id, ["Russia"]]));
  map.k00 = ["Russia", "Zaporizhzhia"];
  map.k07 = ["Russia", "Zaporizhzhia"];
  const rel = relatedArticles(arts, handIndex(map));
  const list = rel.get("k00")!;
  assert.equal(list[0]!.id, "k07");
  assert.equal(list[0]!.reason, "Also about: Zaporizhzhia, Russia");
  assert.ok(list[0]!.score > list[1]!.score);
  assert.equal(list[1]!.reason, "Also about: Russia");
});

test("never itself, at most five (or the limit), only candidates that share something", () => {
  const arts = Array.from({ length: 9 }, (_, i) => article({ id: `n${i}`, date: `2024-02-0${i + 1}`, body: filler(i) }));
  const map: Record<string, string[]> = Object.fromEntries(arts.map((a) => [a.id, ["Donbas"]]));
  map.n8 = ["Greenland"]; // shares nothing with anyone
  const idx = handIndex(map);
  const rel = relatedArticles(arts, idx);
  for (const a of arts.slice(0, 8)) {
    const list = rel.get(a.id)!;
    assert.equal(list.length, 5);
    assert.ok(list.every((r) => r.id !== a.id && r.id !== "n8"));
    assert.deepEqual(list.map((r) => r.score), [...list.map((r) => r.score)].sort((x, y) => y - x));
  }
  assert.deepEqual(rel.get("n8"), []);
  assert.equal(relatedArticles(arts, idx, { limit: 2 }).get("n0")!.length, 2);
});

test("'Similar wording' only when no entity is shared, naming the distinctive words both use", () => {
  const arts = [
    article({ id: "w1", date: "2024-01-01", body: ["Grain corridor insurance premiums rose; grain corridor shipping slowed."] }),
    article({ id: "w2", date: "2024-01-02", body: ["Insurance premiums for the grain corridor fell as shipping resumed."] }),
    article({ id: "w3", date: "2024-01-03", body: ["The shipping lanes and insurance markets reacted calmly."] }),
    article({ id: "w4", date: "2024-01-04", body: ["Bakhmut, again: the shelling never stopped."] }),
  ];
  const rel = relatedArticles(arts, handIndex({ w1: [], w2: [], w3: ["Odesa"], w4: ["Odesa"] }));
  assert.equal(rel.get("w1")![0]!.id, "w2");
  assert.match(rel.get("w1")![0]!.reason, /^Similar wording: (?=.*grain)(?=.*corridor)/);
  assert.equal(rel.get("w3")![0]!.id, "w4");
  assert.equal(rel.get("w3")![0]!.reason, "Also about: Odesa");
});

test("ranking does not depend on the order of the articles", () => {
  const arts = Array.from({ length: 40 }, (_, i) => article({
    id: `o${String(i).padStart(2, "0")}`, date: i % 7 === 0 ? null : `2023-${String(1 + (i % 12)).padStart(2, "0")}-1${i % 10}`,
    body: [`Drones hit ${["depots", "bridges", "refineries", "airfields"][i % 4]} near the ${["front", "border", "coast"][i % 3]} overnight.`],
  }));
  const map: Record<string, string[]> = Object.fromEntries(arts.map((a, i) => [a.id, [["Kherson", "Sumy", "Kursk"][i % 3]!, ...(i % 5 === 0 ? ["Crimea"] : [])]]));
  const idx = handIndex(map);
  const a = relatedArticles(arts, idx);
  const shuffled = [...arts].sort((x, y) => ((x.id.charCodeAt(2) * 7) % 11) - ((y.id.charCodeAt(2) * 7) % 11) || (x.id < y.id ? 1 : -1));
  const b = relatedArticles(shuffled, idx);
  for (const art of arts) assert.deepEqual(b.get(art.id), a.get(art.id), art.id);
});

test("bodies remembered from earlier calls give the same lists as bodies never seen, after edits", async () => {
  const arts = await seedArticles();
  relatedArticles(arts, index(arts)); // every body is now remembered
  // Edit two articles as a rebuild sees them: new records with new bodies, the rest the same objects.
  const edited = arts.map((a, i) => (i === 0 ? { ...a, body: [...a.body, arts[1]!.body.join(" ")] } : i === 2 ? { ...a, body: ["Nothing in common here at all."] } : a));
  const idx = index(edited);
  const remembered = relatedArticles(edited, idx);
  const fresh = relatedArticles(edited.map((a) => ({ ...a, body: [...a.body] })), idx);
  assert.deepEqual(remembered, fresh);
  assert.notDeepEqual(remembered.get(arts[0]!.id), relatedArticles(arts, index(arts)).get(arts[0]!.id));
});

test("a call after edits rescores only some articles, with the lists a call from scratch gives", async () => {
  const arts = await seedArticles();
  const other = [article({ id: "z1", body: ["Unrelated text about turbines."] }), article({ id: "z2", body: ["More turbines and pipelines."] })];
  const fromScratch = (list: ParsedArticle[]) => {
    relatedArticles(other, index(other)); // a different archive in between: nothing of the last call can be reused
    return relatedArticles(list, index(list));
  };
  const n = arts.length;
  const edits: Array<(list: ParsedArticle[]) => ParsedArticle[]> = [
    (list) => list.map((a, i) => (i === 3 ? { ...a, body: [...a.body, "A line appended while editing the story."] } : a)),
    (list) => list.map((a, i) => (i === 5 ? { ...a, body: list[(i + 7) % n]!.body } : a)), // now shares wording and entities with another
    (list) => list.map((a, i) => (i === 7 ? { ...a, body: ["Nothing in common here at all."] } : a)), // loses all its terms and entities
    (list) => list.map((a, i) => (i === 9 ? { ...a, date: "1999-01-01" } : a)),
    (list) => list.map((a, i) => (i % 4 === 0 ? { ...a, body: [...a.body].reverse().concat(list[(i + 1) % n]!.body.slice(0, 1)) } : a)),
  ];
  let current = arts;
  relatedArticles(current, index(current));
  for (const [k, edit] of edits.entries()) {
    const next = edit(current);
    const incremental = relatedArticles(next, index(next));
    assert.deepEqual(incremental, fromScratch(next), `edit ${k}`);
    relatedArticles(next, index(next)); // the next edit starts from this one's run
    current = next;
  }
});

test("after edits that only reweigh an article's words, lists match a call from scratch", () => {
  // Small vocabularies and repeated words: an edited article's weights move while every word's article count
  // stays put, so other articles' lists change only where the edited one now ranks into them (or drops out).
  const words = "harbor bridge tunnel ferry canal river barge crane quay dock lock pier wharf jetty berth buoy hull keel mast sail rope anchor tide shoal reef cove bay inlet strait sound".split(" ");
  let seed = 7;
  const random = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 8) % k);
  const arts = Array.from({ length: 60 }, (_, i) => article({
    id: `w${String(i).padStart(2, "0")}`, date: `2024-0${1 + (i % 9)}-1${i % 10}`,
    body: [Array.from({ length: 6 }, () => words[random(words.length)]!).join(" ")],
  }));
  const none: EntityIndex = { entities: [], byArticle: new Map() };
  const other = [article({ id: "z1", body: ["turbines"] }), article({ id: "z2", body: ["turbines"] })];
  let current = arts;
  relatedArticles(current, none, { limit: 3 });
  for (let round = 0; round < 40; round++) {
    const k = random(current.length);
    const body = current[k]!.body[0]!.split(" ");
    const next = current.map((a, i) => (i === k ? { ...a, body: [`${a.body[0]} ${body[random(body.length)]} ${body[random(body.length)]}`] } : a));
    const incremental = relatedArticles(next, none, { limit: 3 });
    relatedArticles(other, none, { limit: 3 });
    const scratch = relatedArticles(next, none, { limit: 3 });
    assert.ok([...scratch.values()].every((list) => list.length === 3));
    assert.deepEqual(incremental, scratch, `round ${round}`);
    current = next;
  }
});

test("when more articles name an entity, lists that ranked it by its rarity are scored again", () => {
  const arts = ["p0", "a1", "a2", "a3", "x1", "x2", "y1", "y2"].map((id) => article({ id, date: "2024-06-01", body: [`${id}`] }));
  const before = handIndex({ p0: ["Elm", "Fir"], a1: ["Elm"], a2: ["Fir"], a3: ["Fir"], x1: [], x2: [], y1: [], y2: [] });
  assert.deepEqual(relatedArticles(arts, before, { limit: 1 }).get("p0")!.map((r) => r.id), ["a1"]); // Elm is the rarer
  // x1 and x2 now name Elm too: Fir is the rarer, though p0's candidates a1 and a2 did not change.
  const after = handIndex({ p0: ["Elm", "Fir"], a1: ["Elm"], a2: ["Fir"], a3: ["Fir"], x1: ["Elm"], x2: ["Elm"], y1: [], y2: [] });
  assert.deepEqual(relatedArticles(arts, after, { limit: 1 }).get("p0")!.map((r) => r.id), ["a2"]);
});

test("terms counted at parse time, in other tables, give the lists a scan of the bodies gives", async () => {
  const arts = [
    ...(await seedArticles()),
    article({ id: "u1", date: "2024-02-01", body: ["Übergang in KÖLN: Straßenbahn und Übergang, ÉTÉ été.", "Σύνοδος ΣΥΝΟΔΟΣ σύνοδος 𝐀𝐁𝐂 words"] }),
    article({ id: "u2", date: "2024-02-02", body: ["Die Straßenbahn in Köln: übergang ÜBERGANG; ete été Été"] }),
    article({ id: "u3", date: "2024-02-03", body: [""] }),
  ];
  const idx = index(arts);
  // Two parse-time tables, as two workers would have: ids differ, spellings do not.
  const tables = [new TermTable(), new TermTable()];
  const terms = new Map(arts.map((a, i) => [a.id, tables[i % 2]!.countTerms(a.body)]));
  const scanned = relatedArticles(arts, idx);
  const counted = relatedArticles(arts, idx, { terms });
  assert.deepEqual(counted, scanned);
  assert.ok(counted.get("u1")!.some((r) => r.id === "u2"));
  assert.equal(terms.get("u3")!.words, "");
});

test("a table reads another's counts as the same terms and counts its own scan finds", () => {
  const body = ["The harbour HARBOUR harbour’s cranes; Ölhafen ölhafen and the quay.", "Ωκεανός ωκεανός"];
  const elsewhere = new TermTable();
  elsewhere.countTerms(["Unrelated words first, so ids differ between the tables."]);
  const counted = elsewhere.countTerms(body);
  assert.equal(counted.words, "harbour cranes ölhafen quay ωκεανός");
  assert.deepEqual(counted.counts, [3, 1, 2, 1, 2]);
  const here = new TermTable();
  const interned = here.intern(counted);
  const scanned = here.scan(body);
  assert.deepEqual(interned.terms.map((t) => here.word(t)), scanned.terms.map((t) => here.word(t)));
  assert.deepEqual(interned, scanned);
});
