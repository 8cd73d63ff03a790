#!/usr/bin/env node
// Runs the CLI compiled from src/ into lib/ (`npm ci` compiles it through `prepare`; after
// editing src/, `npm run compile`, or any of `npm start`, `npm test`, `npm run build`).
import { setFlagsFromString } from "node:v8";

// A build holds a large live set (every record) and makes much short-lived garbage. V8 by default
// lets its heap grow well past what survived the last collection before collecting again, which
// at 100,000 articles took the process past 4 GB. Asked to collect once the heap has grown 20 %
// past that, the peak stays near the live set, for more collections: ~15 % more CPU at 10,000
// articles (README › Performance › Memory). Starting that only once the heap was large (1.5 GB)
// measured no lower peak at 100,000 than V8's default (4.05 GB), so it holds from the start. The
// flag is read at each collection, so setting it here, before any work, is enough.
// NEWSARCHIVE_HEAP_GROWING_PERCENT sets another value (0 keeps V8's own sizing). The dev server
// keeps V8's sizing: it holds the archive for hours, and every extra collection is a pause that
// an edit's page waits for (measured: more and longer pauses, slower quick passes).
const growth = process.env.NEWSARCHIVE_HEAP_GROWING_PERCENT ?? "20";
if (!/^\d{1,4}$/.test(growth)) {
  console.error(`newsarchive: NEWSARCHIVE_HEAP_GROWING_PERCENT is "${growth}"; set it to a whole number of percent (such as 20), or 0 to keep V8's own heap sizing.`);
  process.exit(2);
}
if (Number(growth) > 0 && process.argv[2] !== "dev" && !process.execArgv.some((a) => a.startsWith("--heap-growing-percent"))) setFlagsFromString(`--heap-growing-percent=${growth}`);

let cli;
try {
  cli = await import("../lib/cli.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("lib/cli.js")) throw error;
  console.error("newsarchive: the compiled code in lib/ is missing; run `npm run compile` (or `npm ci`) in the package folder.");
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
