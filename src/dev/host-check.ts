import { isIP } from "node:net";

/** The host name of a `Host` header (`[::1]:8080` → `::1`, `Example.org:80` → `example.org`). */
function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") >= 0 ? h.indexOf("]") : undefined);
  const colon = h.lastIndexOf(":");
  return colon >= 0 && h.indexOf(":") === colon ? h.slice(0, colon) : h;
}

/**
 * Whether a request's `Host` names the preview itself. DNS rebinding points an attacker's domain
 * at 127.0.0.1 so that their page can read the preview: such requests carry the attacker's name.
 * Addresses, `localhost` and the name the server was started with are allowed; a request without
 * a `Host` (HTTP/1.0, no browser sends one) is too.
 */
export function hostAllowed(header: string | undefined, bound: string): boolean {
  if (header === undefined) return true;
  const name = hostName(header);
  return name === "localhost" || name.endsWith(".localhost") || isIP(name) !== 0 || name === hostName(bound);
}

/** Whether an address to bind only reaches this machine. */
export function isLoopback(host: string): boolean {
  const h = hostName(host);
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** The warning printed when a server is bound where other machines can reach it, or null. */
export function bindWarning(host: string): string | null {
  if (isLoopback(host)) return null;
  return `warning: listening on ${host}, not loopback: anyone who can reach this machine on the network can read the site (use --host 127.0.0.1 to keep it to yourself)`;
}
