// Writes docs/config.md from the configuration schema (`npm run docs:config`); test/model/config-docs.test.ts
// fails when the committed file is out of date.
import { writeFileSync } from "node:fs";
import { configReference } from "../src/model/config-docs.ts";

writeFileSync(new URL("../docs/config.md", import.meta.url), configReference());
console.log("wrote docs/config.md");
