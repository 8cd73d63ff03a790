// A seeds folder of hostile and broken input, written at test time (binary and huge files are not committed).
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A payload that sets `window.__xss` if it ever runs in a reader's browser. */
export const XSS = [
  `<script>window.__xss=1</script>`,
  `"><img src=x onerror="window.__xss=1">`,
  `</script><script>window.__xss=1</script>`,
  `javascript:window.__xss=1`,
  `<svg onload=window.__xss=1>`,
  `' onmouseover='window.__xss=1`,
];

const body = "A plain paragraph of an ordinary article that says nothing in particular about anything at all.";

/** Files that must each fail alone, with a message naming them; the valid ones must all still be built. */
export function writeHostileSeeds(dir: string, outside: string): { valid: string[]; broken: string[] } {
  mkdirSync(dir, { recursive: true });
  const w = (name: string, content: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  };
  const valid: string[] = [];
  const broken: string[] = [];

  // Code in front matter or bodies never runs.
  w("code/js-front-matter.md", `---js\n{ headline: (globalThis.__pwned = "front matter ran") }\n---\n${body}\n`);
  broken.push("code/js-front-matter.md");
  w("code/coffee-front-matter.md", `---coffee\nheadline: "x"\n---\n${body}\n`);
  broken.push("code/coffee-front-matter.md");
  w("code/eta-in-body.txt", `Templates Stay Text In Bodies\n\n<%= it %> and <%~ process.exit(3) %> are just characters.\n\n${body}\n`);
  valid.push("code/eta-in-body.txt");
  w("code/yaml-tags.md", `---\nheadline: !!js/function "function(){ globalThis.__pwned = 1 }"\n---\n${body}\n`);
  broken.push("code/yaml-tags.md");

  // Script payloads in every field, in both formats.
  XSS.forEach((x, i) => {
    w(
      `xss/front-matter-${i}.md`,
      `---\nheadline: ${JSON.stringify(`Headline ${i} ${x}`)}\ndate: 2024-03-0${i + 1}\nbylines:\n  - name: ${JSON.stringify(`Jane ${i} ${x}`)}\n    role: author\n    location: ${JSON.stringify(x)}\ndateline: ${JSON.stringify(`PARIS ${x}`)}\nsource: ${JSON.stringify(`Source ${x}`)}\ntags: [${JSON.stringify(x)}]\nslug: ${JSON.stringify(`../../${x}`)}\n---\nBody with ${x} inside.\n\n[link](${x}) and [another](javascript:window.__xss=1) ![img](${x})\n\n<div onclick="window.__xss=1">raw html</div>\n`,
    );
    valid.push(`xss/front-matter-${i}.md`);
    w(`xss/text-${i}.txt`, `Plain Text Headline ${i} ${x}\n\n${x} in the first paragraph of the body.\n\n${body}\n`);
    valid.push(`xss/text-${i}.txt`);
  });

  // Paths from content never leave the output folder.
  for (const [i, slug] of ["../../escaped", "/etc/passwd", "C:\\\\Windows\\\\evil", "con", "a\u0000b", "x".repeat(600), "..", "%2e%2e%2fescape"].entries()) {
    w(`paths/slug-${i}.md`, `---\nheadline: Slug Test ${i}\nslug: ${JSON.stringify(slug)}\n---\n${body}\n`);
    valid.push(`paths/slug-${i}.md`);
  }
  writeFileSync(path.join(outside, "outside.txt"), `Secret Outside Headline\n\nThis file lives outside the seeds folder.\n`);
  symlinkSync(path.join(outside, "outside.txt"), path.join(dir, "paths", "link-outside.txt"));

  // Broken files: each a warning or an error, never a crash.
  w("broken/empty.txt", "");
  w("broken/whitespace.txt", "   \n\n\t  \n");
  w("broken/binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]));
  w("broken/malformed-yaml.md", `---\nheadline: [unclosed\ndate: 2024-01-01\n---\n${body}\n`);
  broken.push("broken/malformed-yaml.md");
  w("broken/only-boilerplate.txt", `Advertisement\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n`);

  // Odd but valid: these must still become articles.
  w("odd/invalid-utf8.txt", Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" Owners Protest New Rules\n\nThe owners of the caf"), Buffer.from([0xe9]), Buffer.from(` said they would appeal. ${body}\n`)]));
  valid.push("odd/invalid-utf8.txt");
  w("odd/windows-1252.txt", Buffer.from([...Buffer.from("Prices Rise Again\r\n\r\n"), 0x93, ...Buffer.from("We are worried,"), 0x94, ...Buffer.from(` said a shopper. ${body}\r\n`)]));
  valid.push("odd/windows-1252.txt");
  w("odd/wrong-types.md", `---\nheadline: 12345\ndate: [not, a, date]\nbylines: 7\ntags: "not a list"\n---\n${body}\n`);
  valid.push("odd/wrong-types.md");
  w("odd/impossible-date.md", `---\nheadline: Impossible Date\ndate: 2025-02-30\n---\n${body}\n`);
  valid.push("odd/impossible-date.md");
  w("odd/future-date.md", `---\nheadline: From The Future\ndate: 2999-01-01\n---\n${body}\n`);
  valid.push("odd/future-date.md");
  w("odd/ancient-date.md", `---\nheadline: Very Old News\ndate: 1650-06-01\n---\n${body}\n`);
  valid.push("odd/ancient-date.md");
  w("odd/duplicate-a.md", `---\nheadline: Same Headline Same Day\ndate: 2024-05-05\nslug: same-story\n---\n${body}\n`);
  w("odd/duplicate-b.md", `---\nheadline: Same Headline Same Day\ndate: 2024-05-05\nslug: same-story\n---\n${body}\n`);
  valid.push("odd/duplicate-a.md", "odd/duplicate-b.md");
  w("odd/long-headline.md", `---\nheadline: ${JSON.stringify("Long ".repeat(2000))}\n---\n${body}\n`);
  valid.push("odd/long-headline.md");
  w("odd/emoji-rtl.md", `---\nheadline: "Names With 🎉 And \u202Eevil\u202C And مرحبا"\nbylines: ["Zoë 🎉 Ñandú", "محمد عبد الله"]\n---\n${body}\n`);
  valid.push("odd/emoji-rtl.md");
  w("odd/deep-nesting.md", `---\nheadline: Deeply Nested\n---\n${">".repeat(5000)} deep\n\n${Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")}\n`);
  valid.push("odd/deep-nesting.md");
  w("odd/long-line.txt", `A Headline Before A Very Long Line\n\n${"word ".repeat(1_000_000)}\n`);
  valid.push("odd/long-line.txt");
  w("odd/long-markdown-line.md", `---\nheadline: A Megabyte Of By In Markdown\n---\n${"By ".repeat(350_000)}\n`);
  valid.push("odd/long-markdown-line.md");
  w("odd/control-chars.txt", `Control Characters \u0001 In A Headline\n\nPublished March 3, 2022\n\nA body with a bell \u0007, an escape \u001b[31m and a vertical tab \u000b that XML cannot hold. ${body}\n`);
  valid.push("odd/control-chars.txt");
  w("odd/control-front-matter.md", `---\nheadline: "Front Matter \\u0001 Controls \\uFFFE"\ndate: 2024-06-01\nbylines: ["Ann \\u0007 Bee"]\nsource: "Wire \\u000b Service"\n---\n${body}\n`);
  valid.push("odd/control-front-matter.md");

  // Script payloads in the fields plain text has: byline, source and date lines.
  XSS.forEach((x, i) => {
    w(`xss/text-fields-${i}.txt`, `Text Fields Headline ${i}\n\nBy Jane ${x} and John Roe\n\nPublished March ${i + 1}, 2024\n\nPARIS ${x} — ${x} opens the story. ${body}\n`);
    valid.push(`xss/text-fields-${i}.txt`);
  });

  // Saved web pages: payloads in every piece of metadata and markup, and pages built to be slow.
  const story = Array.from({ length: 4 }, (_, k) => `<p>Paragraph ${k + 1} of a saved story. ${body}</p>`).join("\n");
  XSS.forEach((x, i) => {
    const attr = x.replace(/"/g, "&quot;");
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: `Saved Page ${i} ${x}`, datePublished: `2024-04-0${i + 1}T10:00:00+02:00`, author: { "@type": "Person", name: `Ann ${x}` }, publisher: { name: `Pub ${x}` }, url: x }).replace(/<\//g, "<\\/");
    w(
      `xss/page-${i}.html`,
      `<!doctype html><html><head><title>${x}</title><meta property="og:site_name" content="${attr}"><link rel="canonical" href="javascript:window.__xss=1"><meta property="og:url" content="${attr}"><script type="application/ld+json">${ld}</script><style>body{background:url(javascript:window.__xss=1)}</style><script>window.__xss=1</script></head>` +
        `<body onload="window.__xss=1"><article><h1 onclick="window.__xss=1">Saved Page ${i}</h1><iframe src="javascript:window.__xss=1"></iframe>${story}<p>${x} and <a href="javascript:window.__xss=1" onmouseover="window.__xss=1">a link</a> <img src=x onerror="window.__xss=1"> <object data="x.swf"></object> in the last paragraph of this saved page, long enough to count.</p><script>window.__xss=1</script></article></body></html>`,
    );
    valid.push(`xss/page-${i}.html`);
  });
  w("html/saved-page.html", `<!doctype html><html><head><title>A Page Saved Complete</title><meta property="og:url" content="https://news.example/saved"></head><body><article><h1>A Page Saved Complete</h1>${story}</article></body></html>`);
  valid.push("html/saved-page.html");
  w("html/saved-page_files/frame.html", `<!doctype html><html><head><title>An Asset, Not A Story</title></head><body><article>${story}</article></body></html>`);
  w("html/saved-page_files/notes.txt", `An Asset Text File\n\n${body}\n`);
  w("html/home-page.html", `<!doctype html><html><head><title>Front Page</title><meta property="og:type" content="website"></head><body><main>${Array.from({ length: 8 }, (_, k) => `<section><h2><a href="/s${k}">Story ${k} headline on the front page</a></h2><p>Teaser ${k}: ${body}</p></section>`).join("")}</main></body></html>`);
  broken.push("html/home-page.html");
  w("html/deep-nesting.html", `<!doctype html><html><head><title>Deep Page</title></head><body>${"<div>".repeat(200_000)}<h1>Deep Page</h1>${story}${"</div>".repeat(200_000)}</body></html>`);
  broken.push("html/deep-nesting.html");
  w("html/unclosed-nesting.html", `<html><body>${"<section><span><b>".repeat(100_000)}${story}`);
  broken.push("html/unclosed-nesting.html");
  w("html/many-elements.html", `<!doctype html><html><body><article><h1>Too Many Elements</h1>${story}</article>${"<div><span>x</span></div>".repeat(150_000)}</body></html>`);
  broken.push("html/many-elements.html");
  w("html/not-html.html", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]));
  broken.push("html/not-html.html");

  // Hostile file names, where the file system allows them: reserved Windows names, a drive letter,
  // backslashes, a terminal escape and a newline, an RTL override, a leading dash, 250 bytes.
  const names = ["con.txt", "nul.md", "AUX.txt", "C:evil.txt", "evil\\..\\..\\x.txt", ".hidden-dotfile.txt", "esc\u001b[2J\nfake error.txt", "\u202Etxt.exe.md", "-rf.txt", `${"n".repeat(246)}.txt`, "<script>.md", "%2e%2e%2f.txt", " spaced .txt"];
  names.forEach((name, i) => {
    w(`names/${name}`, `Hostile File Name Story ${i}\n\nPublished May ${i + 1}, 2024\n\n${body}\n`);
    if (!name.startsWith(".")) valid.push(`names/${name}`); // dot files are not seeds
  });
  return { valid, broken };
}
