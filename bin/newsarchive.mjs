#!/usr/bin/env node
// Runs the CLI compiled from src/ into lib/ (`npm ci` compiles it through `prepare`; after
// editing src/, `npm run compile`, or any of `npm start`, `npm test`, `npm run build`).
let cli;
try {
  cli = await import("../lib/cli.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("lib/cli.js")) throw error;
  console.error("newsarchive: the compiled code in lib/ is missing; run `npm run compile` (or `npm ci`) in the package folder.");
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
