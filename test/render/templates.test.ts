import assert from "node:assert/strict";
import { describe, test } from "node:test";
import path from "node:path";
import { buildArchive } from "../../src/archive/index.ts";
import { defaultConfig, type ParsedArticle } from "../../src/model/index.ts";
import { monthCalendar } from "../../src/render/calendar.ts";
import { renderPage, sitePages, siteView, Templates, type Page } from "../../src/render/index.ts";
import { timelineHtml } from "../../src/render/timeline.ts";
import { fixtureArticles, fixturePages, REPO } from "../browser/fixture-site.ts";
import { makeArticle } from "../helpers/articles.ts";

describe("monthCalendar", () => {
  test("should lay out a month in Monday-first weeks with padding", () => {
    // February 2025 starts on a Saturday and has 28 days.
    const weeks = monthCalendar("2025", "02", [{ day: "24", url: "/2025/02/24/", count: 2 }]);
    assert.equal(weeks.length, 5);
    assert.ok(weeks.every((w) => w.length === 7));
    assert.deepEqual(weeks[0]!.slice(0, 5), [null, null, null, null, null]);
    assert.deepEqual(weeks[0]![5], { day: 1, url: null, count: 0 });
    assert.deepEqual(weeks[4]![0], { day: 24, url: "/2025/02/24/", count: 2 }); // a Monday
    assert.deepEqual(weeks[4]![4], { day: 28, url: null, count: 0 });
    assert.deepEqual(weeks[4]!.slice(5), [null, null]);
  });

  test("should know leap years and months starting on Monday", () => {
    const feb2024 = monthCalendar("2024", "02", []).flat().filter((c) => c !== null);
    assert.equal(feb2024.length, 29);
    const sep2025 = monthCalendar("2025", "09", []); // 1 September 2025 is a Monday
    assert.deepEqual(sep2025[0]![0], { day: 1, url: null, count: 0 });
  });

  test("should hold every day exactly once, whatever the month", () => {
    for (let y = 1999; y <= 2031; y++)
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, "0");
        const days = monthCalendar(String(y), mm, []).flat().filter((c) => c !== null).map((c) => c.day);
        assert.deepEqual(days, Array.from({ length: new Date(Date.UTC(y, m, 0)).getUTCDate() }, (_, i) => i + 1), `${y}-${mm}`);
        const first = monthCalendar(String(y), mm, [])[0]!.findIndex((c) => c !== null);
        assert.equal(first, (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7);
      }
  });

  test("should reject something that is not a month", () => {
    assert.throws(() => monthCalendar("2025", "13", []), RangeError);
  });
});

describe("timelineHtml", () => {
  const link = (p: string) => `/news${p}`;
  const months = [
    { year: "2025", month: "03", url: "/2025/03/", count: 2 },
    { year: "2024", month: "11", url: "/2024/11/", count: 1 },
    { year: "2025", month: "02", url: "/2025/02/", count: 5 },
  ];

  test("should draw one linked bar per month with articles, on a continuous axis", () => {
    const html = timelineHtml(months, link);
    assert.match(html, /<svg[^>]*role="img"[^>]*aria-labelledby="timeline-title timeline-desc"/);
    assert.match(html, /<title id="timeline-title">Articles per month, November 2024 to March 2025<\/title>/);
    assert.match(html, /<desc id="timeline-desc">Bar chart of 8 articles over 5 months; the busiest month is February 2025 with 5 articles/);
    assert.equal((html.match(/<rect [^>]*\/>/g) ?? []).length, 3);
    assert.equal((html.match(/<a href="\/news\/2025\/02\/" tabindex="-1">/g) ?? []).length, 1);
    // The image holds no links; its pointer-only twin is hidden from assistive technology.
    const img = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
    assert.doesNotMatch(img, /<a /);
    assert.match(html, /<svg class="timeline-links" viewBox="0 0 \d+ \d+" aria-hidden="true"/);
  });

  test("should give the same figures as a table, oldest first, each month a link", () => {
    const html = timelineHtml(months, link);
    const rows = [...html.matchAll(/<tr><th scope="row"><a href="([^"]+)">([^<]+)<\/a><\/th><td>(\d+)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[3]]);
    assert.deepEqual(rows, [
      ["/news/2024/11/", "November 2024", "1"],
      ["/news/2025/02/", "February 2025", "5"],
      ["/news/2025/03/", "March 2025", "2"],
    ]);
    assert.match(html, /<details class="timeline-table"><summary>/);
  });

  test("should escape every string it interpolates", () => {
    const html = timelineHtml([{ year: "2025", month: "01", url: '/x/"><script>alert(1)</script>', count: 1 }], (p) => p);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /href="\/x\/&quot;&gt;&lt;script&gt;/);
  });

  test("should draw nothing without months, and ignore malformed ones", () => {
    assert.equal(timelineHtml([], link), "");
    assert.equal(timelineHtml([{ year: "20x5", month: "1", url: "/", count: 3 }], link), "");
  });

  test("should fall back to only the months with articles over very long spans", () => {
    const html = timelineHtml([{ year: "1900", month: "01", url: "/1900/01/", count: 1 }, { year: "2025", month: "01", url: "/2025/01/", count: 1 }], link);
    assert.match(html, /over 2 months/);
  });
});

function pagesOf(articles: ParsedArticle[], full: boolean): Page[] {
  const archive = buildArchive(articles, defaultConfig);
  return full ? fixturePages(archive) : [...sitePages(archive)];
}

function render(page: Page): string {
  const templates = Templates.load([path.join(REPO, "templates"), path.join(REPO, "test/fixtures/design/templates")]);
  return renderPage(templates, siteView(defaultConfig), page);
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

describe("templates", () => {
  const full = pagesOf(fixtureArticles(), true);
  const bare = pagesOf(fixtureArticles(), false);

  for (const [name, pages] of [["every optional field", full], ["only today's data", bare]] as const) {
    test(`should give every page one h1 and never skip a heading level (${name})`, () => {
      for (const page of pages) {
        const levels = headingLevels(render(page));
        assert.equal(levels.filter((l) => l === 1).length, 1, `${page.url}: ${levels}`);
        assert.equal(levels[0], 1, page.url);
        levels.forEach((l, i) => i && assert.ok(l <= levels[i - 1]! + 1, `${page.url} skips from h${levels[i - 1]} to h${l}`));
      }
    });

    test(`should keep the layout hooks on every page (${name})`, () => {
      for (const page of pages) {
        const html = render(page);
        assert.match(html, /<html lang="en">/);
        assert.match(html, /<a class="skip" href="#main">/);
        assert.match(html, /<main id="main"[^>]*>/);
        assert.match(html, /<link rel="stylesheet" href="\/style.css">\n<link rel="stylesheet" href="\/custom.css">/, "the user stylesheet comes after the default");
        // The only script a page carries is its JSON-LD data, which never runs.
        assert.doesNotMatch(html, /<script(?! type="application\/ld\+json">)/, page.url);
        assert.doesNotMatch(html, /undefined|\[object Object\]|NaN/, page.url);
      }
    });
  }

  test("should link only the sections that exist, and show the search box with the search page", () => {
    const found = bare.find((p) => p.url === "/")!;
    const home = { ...found, data: { ...found.data, nav: undefined } };
    const html = render(home);
    assert.doesNotMatch(html, /<a href="\/people\/"|<a href="\/search\/"|name="q"/);
    const withNav = render({ ...home, data: { ...home.data, nav: { people: true, places: false, organizations: false, sources: true, search: true } } });
    assert.match(withNav, /href="\/people\/">People</);
    assert.match(withNav, /href="\/sources\/">Sources</);
    assert.doesNotMatch(withNav, /href="\/places\/"/);
    assert.match(withNav, /<form class="site-search" role="search" action="\/search\/" method="get">/);
    assert.match(withNav, /<input type="search" id="site-search-q" name="q"/);
  });

  test("should leave search out of article pages (the index is made from the records) and merge every shard's bundle on the search page", () => {
    const html = render(full.find((p) => p.template === "article")!);
    assert.doesNotMatch(html, /data-pagefind|search-meta/);
    // The built-in search template (the design fixture layers a stand-in over it).
    const search = renderPage(Templates.load([path.join(REPO, "templates")]), siteView(defaultConfig), { url: "/search/", template: "search", title: "Search", description: "", breadcrumbs: [], data: { bundles: ["/pagefind/2024/", "/pagefind/2025/", "/pagefind/undated/"] } });
    assert.match(search, /<link rel="stylesheet" href="\/pagefind\/2024\/pagefind-ui.css">/);
    assert.match(search, /<div id="search" data-bundle="\/pagefind\/2024\/" data-merge="\/pagefind\/2025\/ \/pagefind\/undated\/"><\/div>/);
    assert.match(search, /<script src="\/pagefind\/2024\/pagefind-ui.js"><\/script>/);
    assert.match(search, /mergeIndex/);
  });

  test("should label estimated dates, derived headlines, undated articles, and bylines by role", () => {
    const byUrl = new Map(full.map((p) => [p.url, render(p)]));
    const derived = [...byUrl].find(([u]) => u.includes("volunteers-in-mariupol"))![1];
    assert.match(derived, /Headline derived from the article's opening lines/);
    assert.match(derived, /<time datetime="2025-02">February 2025<\/time> <span class="qualifier">\(estimated from “three years after the invasion began”\)<\/span>/);
    const undated = [...byUrl].find(([u]) => u.startsWith("/undated/a-letter"))![1];
    assert.match(undated, /<span class="qualifier">Undated<\/span>/);
    const story = [...byUrl].find(([u]) => u.includes("three-years-on"))![1];
    assert.match(story, /<p class="byline">By <a href="\/authors\/claire-dubois\/">Claire Dubois<\/a> and <a href="\/authors\/marta-kowalczyk\/">Marta Kowalczyk<\/a><\/p>/);
    assert.match(story, /<p class="byline">Reporting by <a href="\/authors\/jonas-weber\/">Jonas Weber<\/a> <span class="location">in Berlin<\/span> and /);
    assert.match(story, /<p class="byline">Research by <a href="\/authors\/iryna-melnyk\/">Iryna Melnyk<\/a><\/p>/);
    assert.match(story, /<a href="\/sources\/the-example-times\/">The Example Times<\/a>/);
    assert.match(story, /<a href="\/datelines\/london\/">LONDON<\/a>/);
    assert.match(story, /<h2 id="related-h">Related coverage<\/h2>/);
    assert.match(story, /<h2 id="otd-h">On this day<\/h2>/);
    assert.match(story, /<ul class="chips chips-person" aria-labelledby="chips-person">/);
    assert.match(story, /<footer class="print-only">\n<p>Published at http:\/\/[^<]+\/2025\/02\/24\/three-years-on[^<]+ · 24 February 2025<\/p>/);
  });

  test("should link a saved page's article back to its original and name it in JSON-LD", () => {
    const saved = makeArticle({ headline: "Saved Page Story", headlineSource: "metadata", date: "2025-03-01T23:30", datePrecision: "time", dateSource: "metadata", dateOffset: "-05:00", format: "html", canonicalUrl: "https://news.example/2025/03/01/story/", siteName: "News Example" });
    const page = pagesOf([saved], false).find((p) => p.template === "article")!;
    const html = render(page);
    assert.match(html, /<p class="original">Original on News Example: <a href="https:\/\/news.example\/2025\/03\/01\/story\/" rel="external nofollow noopener noreferrer">news.example\/2025\/03\/01\/story<\/a><\/p>/);
    assert.match(html, /"isBasedOn":"https:\/\/news.example\/2025\/03\/01\/story\/"/);
    assert.match(html, /"datePublished":"2025-03-01T23:30:00-05:00"/, "the printed offset, not the site's zone");
    assert.doesNotMatch(render(pagesOf([makeArticle({ headline: "Plain Story" })], false).find((p) => p.template === "article")!), /class="original"/);
  });

  test("should render the month calendar as a table with weekday headers and linked days", () => {
    const html = render(full.find((p) => p.url === "/2025/02/")!);
    assert.match(html, /<table class="calendar">\n<caption>February 2025: days with articles are links<\/caption>/);
    assert.equal((html.match(/<th scope="col"><abbr title="\w+day">/g) ?? []).length, 7);
    assert.match(html, /<td class="has"><a href="\/2025\/02\/24\/"><span class="d">24<\/span> <span class="n">2<span class="visually-hidden"> articles<\/span><\/span><\/a><\/td>/);
    // Without the calendar the days are still listed.
    const month = bare.find((p) => p.url === "/2025/02/")!;
    const plain = render({ ...month, data: { ...month.data, calendar: undefined } });
    assert.match(plain, /<a href="\/2025\/02\/24\/">24 February 2025<\/a>/);
  });

  test("should escape article text everywhere", () => {
    const [a] = fixtureArticles();
    const evil = { ...a!, headline: '<img src=x onerror="alert(1)">', source: "<b>S</b>", dateline: "<i>D</i>", bylines: [{ name: "<u>N</u>", role: "author" as const, location: "<s>L</s>" }] };
    for (const page of pagesOf([evil], true)) {
      const html = render(page);
      assert.doesNotMatch(html, /<img src=x|<b>S|<i>D|<u>N|<s>L/, page.url);
    }
  });
});
