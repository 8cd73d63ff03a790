// The worker thread's entry: plain JavaScript, because a worker does not inherit the TypeScript
// loader the CLI registered on the main thread; it registers its own, then loads the real module.
import { register } from "tsx/esm/api";

register();
const [{ prepareBatch }, { renderPageBatch }] = await Promise.all([import("./file-work.ts"), import("./page-work.ts")]);

/** One entry for both kinds of task the build hands its workers: seed files, or article pages. */
export default (task) => (task.kind === "pages" ? renderPageBatch(task) : prepareBatch(task));
