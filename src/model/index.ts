export * from "./article.ts";
export * from "./diagnostics.ts";
export * from "./config.ts";
export * from "./slug.ts";
export * from "./stable.ts";
export * from "./modules.ts";
export * from "./ids.ts";
export * from "./time.ts";
