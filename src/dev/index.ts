export { createStaticServer, listen, resolveInside, SECURITY_HEADERS, type StaticServerOptions } from "./static-server.ts";
export { bindWarning, hostAllowed, isLoopback } from "./host-check.ts";
