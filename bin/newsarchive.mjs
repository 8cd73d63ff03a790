#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles on the fly (and caches), so there is no
// separate build step between editing src/ and running the tool.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
