// The command line (see src/cli/): `bin/newsarchive.mjs` runs the compiled `main`.
export { main } from "./cli/main.ts";
