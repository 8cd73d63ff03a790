/** What one kind of diagnostic means and how to fix it, for `docs/errors.md` (generated from this list). */
export interface KindDoc {
  /** An error leaves something out of the site; a warning keeps it, perhaps changed. */
  level: "error" | "warning";
  /** One line: what happened. */
  means: string;
  /** One line: what to do about it. */
  fix: string;
}

/**
 * Every kind of diagnostic newsarchive reports, closed: a diagnostic's `kind` is one of these keys,
 * so the build report's counts by kind and `docs/errors.md` (`npm run docs:errors`) cover them all.
 */
export const DIAGNOSTIC_KINDS = {
  unreadable: { level: "error", means: "A seed file (or, as a warning, a folder of seeds) could not be read (permissions, a file removed while the build ran).", fix: "Make the file or folder readable, or remove it from the seeds folder." },
  binary: { level: "error", means: "A seed file holds NUL bytes, so it is not text; it was skipped.", fix: "Save it as UTF-8 text, or move it out of the seeds folder." },
  encoding: { level: "warning", means: "A seed file is not valid UTF-8 and was decoded as Windows-1252.", fix: "Re-save the file as UTF-8 so every character is read as you meant." },
  "control-characters": { level: "warning", means: "A seed file holds control characters, which were removed.", fix: "Delete the characters at the line named (often a paste from a terminal or a PDF)." },
  symlink: { level: "warning", means: "A symbolic link in the seeds folder points outside it (or nowhere), or back to a folder or file already read (a loop); it was not followed.", fix: "Copy the file into the seeds folder if it belongs to the archive; remove a link that loops." },
  "front-matter": { level: "warning", means: "Front matter is malformed, not data (`---js`), or a field has the wrong type; it (or the field) was ignored.", fix: "Fix the YAML or the field at the line named; front matter is YAML data only." },
  markdown: { level: "warning", means: "A Markdown body could not be parsed and was read as plain text.", fix: "Simplify the Markdown at the line named (fewer nested quotes or lists)." },
  "no-article": { level: "warning", means: "A seed file is empty or holds only boilerplate, or a saved web page is not an article (a home or section page, a sign-in wall, an error page), so nothing from it is on the site.", fix: "Add a story, delete the file, save the article's own page, or check `newsarchive parse --explain FILE`." },
  "html-too-large": { level: "error", means: "A saved web page is over 32 MB, has more than 40,000 elements or more than 6 MB of markup besides scripts and styles; it was skipped.", fix: "Save only the article (\"Save page as…, HTML only\"), or paste its text into a .txt file." },
  "html-nesting": { level: "warning", means: "A saved web page nests elements more than 100 levels deep; the deeper tags were ignored and their text kept.", fix: "Check the article's body; save the page again from the browser if text is out of order." },
  "derived-headline": { level: "warning", means: "A story has no headline line; a headline was derived from its lead and marked as such.", fix: "Add a headline line at the top of the story, or `headline:` in front matter." },
  "long-headline": { level: "warning", means: "A headline is body-length text and was cut.", fix: "Shorten it, or set `headline:` in front matter." },
  undated: { level: "warning", means: "No date could be established; the article is filed under /undated/.", fix: "Add a `date:` front matter field or a \"Published …\" line." },
  "ambiguous-date": { level: "warning", means: "An all-numeric date reads as two different days (03/04/2024); it was filed as inferred, not as a fact.", fix: "Set `dateOrder` in the config, or write the month as a word or `date:` in front matter." },
  "glued-paragraph": { level: "warning", means: "A paragraph looks like part of another story glued onto this one; it was kept.", fix: "Check the paragraph and delete it from the seed if it belongs elsewhere." },
  "unsafe-characters": { level: "warning", means: "A one-line field held bidirectional-override or control characters, or a body held bidirectional overrides or isolates; they were removed.", fix: "Delete the characters from the headline, byline, dateline, source, tags or story." },
  "byline-markup": { level: "warning", means: "A byline or source looks like HTML markup, not a name; it was left out of the record.", fix: "Write the person's or publication's name as plain text." },
  "invalid-record": { level: "error", means: "An article did not pass the record schema and was left out.", fix: "Check the fields named in the message; report it if the input looks right." },
  "duplicate-slug": { level: "warning", means: "Two articles share a headline and date, so the later one got a numbered URL.", fix: "Give one a distinct headline or a `slug:` in front matter if the URL matters." },
  "date-range": { level: "warning", means: "A date is before the oldest plausible year or after the day of the build; it was kept.", fix: "Check the date for a typo." },
  scheduled: { level: "warning", means: "An article's front-matter date is after the day of the build, so it is held back until then (as in Hugo).", fix: "Wait, set `\"buildFuture\": true` in the configuration to publish it now, or fix the date." },
  image: { level: "warning", means: "An image beside a seed is missing, outside the seeds folder, unreadable, or has no alt text.", fix: "Add the file or fix its path at the line named; describe the picture in the alt text: `![what it shows](images/x.jpg)`." },
  template: { level: "error", means: "A template failed to compile or to render a page.", fix: "Fix the template at the file and line named; the built-in one is in `templates/`." },
  config: { level: "error", means: "The configuration file is invalid.", fix: "Fix the key named in the message in `newsarchive.config.json`." },
  internal: { level: "error", means: "newsarchive failed on this input (a bug); the file or story was skipped.", fix: "Report it with the file; the rest of the site was built." },
} as const satisfies Record<string, KindDoc>;

/** The kind of a diagnostic: one key of `DIAGNOSTIC_KINDS`. */
export type DiagnosticKind = keyof typeof DIAGNOSTIC_KINDS;

/** The kinds, in the order of the list. */
export const DIAGNOSTIC_KIND_NAMES = Object.keys(DIAGNOSTIC_KINDS) as [DiagnosticKind, ...DiagnosticKind[]];
