// Per-file work spread over all cores: worker threads (a piscina pool) and the main thread pull
// batches from one queue. The main thread's share hides the workers' start-up (each loads the
// parser and the Markdown stack), and workers are started only once there is enough work for them,
// so a small build, or a warm one where the cache answers almost every file, never waits for one.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { siblingModule } from "../../model/index.ts";
import { prepareBatch, type FileBatch, type Preparation, type PreparedFile } from "./file-work.ts";

/** A seed file to prepare. */
export interface FileJob {
  /** Its path relative to the seeds folder. */
  rel: string;
  /** Its bytes, as read. */
  bytes: Uint8Array;
}

/** Files per task: large enough that messaging is cheap, small enough that the cores finish together. */
export const BATCH = 24;

/** Below this many seed files or articles a build stays on one thread: a worker's start-up (about half a second) would cost more than it saves. */
export const MIN_FOR_WORKERS = 300;

/** Files the main thread prepares between two looks at the workers. */
const MAIN_BITE = 6;

/** Workers start once this many batches were taken: below that, their start-up costs more than it saves. */
const BATCHES_BEFORE_WORKERS = 4;

/** The default number of threads doing file and page work: one per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** A pool of `workers` threads for both kinds of build task (`worker.ts` dispatches them). */
export function startWorkers(workers: number): Piscina {
  // Two tasks in flight per worker: the next batch is already in the worker's hands when one
  // finishes, so a worker does not idle while the main thread is busy and cannot hand out more.
  return new Piscina({ filename: siblingModule("./worker", import.meta.url).href, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2, idleTimeout: 1000 });
}

/**
 * Prepares every batch `next` hands out (parse, mentions, body HTML) on up to `threads` threads,
 * the main thread included. `next` is called on the main thread whenever a lane is free, so files
 * are read as they are needed, not all held at once; `done` receives each finished batch.
 */
export async function prepareFiles(
  next: () => FileJob[] | undefined,
  how: Preparation,
  threads: number,
  done: (files: readonly FileJob[], prepared: PreparedFile[]) => void,
  /** A pool the caller owns and keeps (to render pages with later); otherwise one is made and closed here. */
  shared?: () => Piscina,
): Promise<void> {
  let taken = 0;
  /** Files the main thread put back: a batch it split to be back sooner. */
  const spare: FileJob[][] = [];
  const take = (): FileJob[] | undefined => {
    const files = spare.pop() ?? next();
    if (files) taken++;
    return files;
  };
  const workers = Math.max(0, threads - 1);
  let pool: Piscina | null = null;
  const lanes: Array<Promise<void>> = [];

  const workerLane = async (): Promise<void> => {
    for (let files = take(); files; files = take()) {
      const batch: FileBatch = { kind: "files", how, files };
      // A worker that dies (out of memory, killed) costs its batch a second run here, not the build.
      done(files, await (pool!.run(batch) as Promise<PreparedFile[]>).catch(() => detached(prepareBatch(batch))));
    }
  };
  const openLanes = (): void => {
    pool = shared ? shared() : startWorkers(workers);
    for (let w = 0; w < 2 * workers; w++) lanes.push(workerLane());
  };

  try {
    for (let files = take(); files; files = take()) {
      // Once workers run, the main thread takes small bites, so it is soon back to hand them work.
      if (pool && files.length > MAIN_BITE) spare.push(files.splice(MAIN_BITE));
      done(files, detached(prepareBatch({ kind: "files", how, files })));
      if (!pool && workers > 0 && taken >= BATCHES_BEFORE_WORKERS) openLanes();
      // Yield so worker results are taken in and their lanes handed new batches.
      if (pool) await new Promise((r) => setImmediate(r));
    }
    await Promise.all(lanes);
  } finally {
    if (!shared) await (pool as Piscina | null)?.destroy();
  }
}

/**
 * A batch prepared on this thread, copied as a worker's result is: the parse cuts its strings out
 * of the file's text (V8 keeps such slices as views of the whole file), so a record held until its
 * pages are written would otherwise keep its seed file's text alive too. The copy is what a worker's
 * result goes through anyway, so both paths hold the same values in the same shape.
 */
function detached(prepared: PreparedFile[]): PreparedFile[] {
  return structuredClone(prepared);
}
