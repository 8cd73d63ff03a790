// A build without a base URL writes feeds, the sitemap and canonical links that point at
// http://localhost/: fine for a preview, wrong once published. `build` says so.
import { defaultConfig, type SiteConfig } from "../model/index.ts";

/** The warning for a build whose base URL is still the default, or null. */
export function baseUrlWarning(config: SiteConfig): string | null {
  if (config.baseUrl !== defaultConfig.baseUrl) return null;
  return `warning: no base URL: feeds, the sitemap and canonical links say ${config.baseUrl} — set "baseUrl" in the configuration or pass --base-url https://example.org/news/ before publishing`;
}
