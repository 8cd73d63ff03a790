// The worker thread's entry: plain JavaScript, because a worker does not inherit the TypeScript
// loader the CLI registered on the main thread; it registers its own, then loads the real module.
import { register } from "tsx/esm/api";

register();
const { prepareBatch } = await import("./file-work.ts");

export default prepareBatch;
