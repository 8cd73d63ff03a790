// The pipeline on top of the stages: the cold build, the ingest step it shares with `parse`, and
// the incremental engine the dev server drives.
export { build } from "./build.ts";
export { ingest, type IngestOptions } from "./ingest.ts";
export type { BuildOptions, BuildReport, Ingested } from "./types.ts";
export { tallyByKind } from "./report.ts";
export { layerDirs, PACKAGE_ROOT, publicDirs, templateDirs } from "../project.ts";
export { loadConfig } from "../config.ts";
