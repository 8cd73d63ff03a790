// The entry of the build's worker threads (a piscina pool): one function for both kinds of task
// the build hands them, seed files or article pages.
import { prepareBatch, type FileBatch, type PreparedFile } from "./file-work.ts";
import { renderPageBatch, type PageBatch, type PageBatchResult } from "./page-work.ts";

/** A task for a build worker. */
export type WorkerTask = FileBatch | PageBatch;

/** The worker's entry point: renders a batch of article pages, or reads and parses a batch of seed files. */
export default function run(task: WorkerTask): PreparedFile[] | PageBatchResult {
  return task.kind === "pages" ? renderPageBatch(task) : prepareBatch(task);
}
