export * from "./article.ts";
export * from "./diagnostics.ts";
export * from "./config.ts";
export * from "./slug.ts";
export * from "./stable.ts";
export * from "./suggest.ts";
export * from "./folders.ts";
