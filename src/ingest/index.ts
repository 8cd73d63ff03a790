// The ingest stage: seed files in, typed article records out.
// `parseSource` is pure over (path, bytes, config), so it can run in a worker thread and be cached by content hash.
export { parseSource, type FileParse, type LineExplanation } from "./parse.ts";
export { explainText } from "./explain.ts";
export { findSeedFiles, isSeedPath, type SeedFile } from "./find.ts";
export { countTemplateLines, NO_TEMPLATE_LINES, TemplateCounter, type TemplateLines } from "./features/template.ts";
