// A build without a base URL writes feeds, the sitemap and canonical links that point at
// http://localhost/: fine for a preview, wrong once published. So does one whose base URL is this
// machine (the preview address `init` writes). `build` says so.
import { defaultConfig, type SiteConfig } from "../model/index.ts";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The warning for a build whose base URL is still the default or a loopback address, or null. */
export function baseUrlWarning(config: SiteConfig): string | null {
  if (config.baseUrl === defaultConfig.baseUrl) {
    return `warning: no base URL: feeds, the sitemap and canonical links say ${config.baseUrl} — set "baseUrl" in the configuration or pass --base-url https://example.org/news/ before publishing`;
  }
  if (LOOPBACK.test(new URL(config.baseUrl).hostname)) {
    return `warning: the base URL ${config.baseUrl} is this machine: feeds, the sitemap and canonical links point there — fine for a preview; set "baseUrl" in the configuration or pass --base-url with the site's address before publishing`;
  }
  return null;
}
