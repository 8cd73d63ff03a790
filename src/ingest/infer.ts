// placeholder, replaced below
import type { SiteConfig } from "../model/index.ts";
import type { DatePrecision } from "../model/index.ts";
export interface Inferred { date: string; precision: DatePrecision; evidence: string }
export function inferDate(_body: readonly string[], _config: SiteConfig): { inferred: Inferred | null; notes: string[] } {
  return { inferred: null, notes: [] };
}
