// A request's target as the static servers read it. `new URL(target, base)` throws on `//` and
// reads `//host/…` as another host, so the target is split by hand and anything odd is refused.

/** The path and query of a request target, or null when it is not one a static site answers. */
export function requestTarget(target: string | undefined): { path: string; search: string } | null {
  if (!target) return null;
  let rest = target;
  if (!rest.startsWith("/")) {
    // absolute-form (`GET http://host/path`, as sent to proxies): only its path matters here.
    try {
      const url = new URL(rest);
      if (url.protocol !== "http:" && url.protocol !== "https:") return null;
      rest = `${url.pathname}${url.search}`;
    } catch {
      return null;
    }
  }
  const hash = rest.indexOf("#");
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf("?");
  return q >= 0 ? { path: rest.slice(0, q), search: rest.slice(q) } : { path: rest, search: "" };
}

/**
 * `/a//b/./c/` → `/a/b/c/`: the form a redirect's `Location` takes, so that it never starts with
 * `//` (which a browser reads as another host) and never climbs with `..`.
 */
export function cleanPath(p: string): string {
  const segments = p.split("/").filter((s) => s !== "" && s !== "." && s !== "..");
  const trailing = p.endsWith("/") && segments.length > 0 ? "/" : "";
  return `/${segments.join("/")}${trailing}`;
}
