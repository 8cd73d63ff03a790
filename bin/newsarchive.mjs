#!/usr/bin/env node
// Runs the CLI compiled from src/ into lib/ (`npm ci` compiles it through `prepare`; after
// editing src/, `npm run compile`, or any of `npm start`, `npm test`, `npm run build`).
import { getHeapStatistics, setFlagsFromString } from "node:v8";

// A large build holds a large live set (every record) and makes much short-lived garbage. V8 by
// default lets its heap grow well past what survived the last collection before collecting again,
// which at 100,000 articles took the process past 4 GB. Once this thread's heap passes 1.5 GB, V8
// is asked to collect when the heap has grown 20 % past the live set, so the peak stays near it
// (README › Performance › Memory). Smaller builds keep V8's sizing: at 10,000 articles the peak is
// far from any limit and the extra collections cost ~15 % of the build's CPU. The flag is read at
// each collection, so it takes effect when set. NEWSARCHIVE_HEAP_GROWING_PERCENT sets another value
// (0 keeps V8's own sizing throughout). The dev server keeps V8's sizing: it holds the archive for
// hours, and every extra collection is a pause that an edit's page waits for.
const growth = process.env.NEWSARCHIVE_HEAP_GROWING_PERCENT ?? "20";
if (!/^\d{1,4}$/.test(growth)) {
  console.error(`newsarchive: NEWSARCHIVE_HEAP_GROWING_PERCENT is "${growth}"; set it to a whole number of percent (such as 20), or 0 to keep V8's own heap sizing.`);
  process.exit(2);
}
const LARGE_HEAP = 1.5 * 2 ** 30;
if (Number(growth) > 0 && process.argv[2] !== "dev" && !process.execArgv.some((a) => a.startsWith("--heap-growing-percent"))) {
  const watch = setInterval(() => {
    if (getHeapStatistics().used_heap_size < LARGE_HEAP) return;
    setFlagsFromString(`--heap-growing-percent=${growth}`);
    clearInterval(watch);
  }, 500);
  watch.unref();
}

let cli;
try {
  cli = await import("../lib/cli.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("lib/cli.js")) throw error;
  console.error("newsarchive: the compiled code in lib/ is missing; run `npm run compile` (or `npm ci`) in the package folder.");
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
