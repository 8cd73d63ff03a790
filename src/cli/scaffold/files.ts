// The files `newsarchive init` writes into a new project: a neutral configuration, one example
// article, folders for the user's template and stylesheet overrides, a CI workflow that builds and
// checks the site, and a package.json that depends on newsarchive. Nothing here names the sample.

/** One file of a new project: its path inside the project (forward slashes) and its text. */
export interface ScaffoldFile {
  /** Path inside the project, with forward slashes. */
  path: string;
  /** The file's text. */
  text: string;
}

/** What the scaffold's texts depend on. */
export interface ScaffoldInput {
  /** The project folder's name, made safe for package.json. */
  name: string;
  /** newsarchive's own version, for the dependency range. */
  version: string;
  /** Today's date in the configuration's time zone ("2026-11-29"). */
  today: string;
  /** The CI workflow (docs/ci-example.yml, adapted to an installed package). */
  workflow: string;
}

/** Every file of a new project, in the order they are written. */
export function scaffoldFiles(input: ScaffoldInput): ScaffoldFile[] {
  const [year, month] = input.today.split("-");
  return [
    { path: "newsarchive.config.json", text: `${JSON.stringify(CONFIG, null, 2)}\n` },
    { path: `seeds/${year}/${month}/welcome.md`, text: welcomeArticle(input.today) },
    { path: "templates/README.txt", text: TEMPLATES_README },
    { path: "public/custom.css", text: CUSTOM_CSS },
    { path: ".github/workflows/publish.yml", text: input.workflow },
    { path: ".gitignore", text: "node_modules/\ndist/\n.newsarchive-cache/\nnewsarchive-report.json\n" },
    { path: "package.json", text: `${JSON.stringify(packageJson(input), null, 2)}\n` },
  ];
}

/** The keys a user changes first; every other key is in docs/config.md with its default. */
const CONFIG = {
  title: "News Archive",
  description: "A dated, cross-linked archive of news articles.",
  baseUrl: "http://127.0.0.1:8080/",
  language: "en",
  timeZone: "UTC",
  dateOrder: "month-first",
  pageSize: 50,
  anchors: [],
};

function welcomeArticle(today: string): string {
  return `---
headline: Welcome to your news archive
date: ${today}
bylines: []
tags: [example]
---
This is an example article: a Markdown file with front matter in \`seeds/\`. Replace it with your own
articles: Markdown or plain-text scrapes (\`.md\`, \`.txt\`) or web pages saved from a browser
(\`.html\`), in any folders you like under \`seeds/\`.

## Next steps

Run \`npx newsarchive new "Your headline"\` to start an article, \`npx newsarchive dev\` to see the
site while you write, and \`npx newsarchive build\` to make the site in \`dist/\`.
`;
}

const TEMPLATES_README = `Your templates: a file here with the name of a built-in template (article.eta, home.eta,
header.eta, layout.eta…) replaces that one, file by file. Copy the built-in file from
node_modules/newsarchive/templates/ and change it; every template starts with a comment listing the
data it receives. Files that do not end in .eta are ignored. Leave this folder empty to use the
built-in design.
`;

const CUSTOM_CSS = `/*
  Your stylesheet: every page loads it after the built-in style.css, so you change only what you
  write here. Every other file you put in public/ is published as it is, at the same path under the
  site (public/logo.svg becomes /logo.svg).

  The design is driven by custom properties; set the ones you want to change, for example:

  :root {
    --serif: Charter, Georgia, serif;   reading text and headlines
    --sans: system-ui, sans-serif;      navigation, labels, dates
    --fg: #1b1a18;  --bg: #fcfbf8;      text and page background
    --link: #0a4f9c; --accent: #a3201d; links; kickers and the timeline chart
    --muted: #585550; --rule: #d9d5cc; --tint: #f1eee7; --focus: #0a4f9c;
    --measure: 40rem; --wide: 66rem;    reading column and page frame widths
  }
  @media (prefers-color-scheme: dark) { :root { --fg: #ebe7df; --bg: #161513; } }
*/
`;

function packageJson(input: ScaffoldInput) {
  return {
    name: input.name,
    private: true,
    description: "A news archive made with newsarchive.",
    scripts: { start: "newsarchive dev", build: "newsarchive build", check: "newsarchive check", new: "newsarchive new" },
    dependencies: { newsarchive: `^${input.version}` },
  };
}
