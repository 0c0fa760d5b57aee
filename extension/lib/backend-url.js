// Which backend the extension may talk to, and which host permission that takes.

import { TactfulError } from "./errors.js";
import { parseUrl } from "./url.js";

export const DEFAULT_BACKEND = "http://127.0.0.1:8765";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The backend's origin from what the user typed. Plain HTTP is only accepted on this
 * machine (the local server); anywhere else it must be HTTPS. No path, query or credentials.
 */
export function normalizeBackendUrl(text) {
  const url = parseUrl(String(text ?? "").trim());
  if (!url) throw new TactfulError("invalid_backend", "Enter the server's address, such as http://127.0.0.1:8765.");
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    throw new TactfulError("invalid_backend", "Enter only the server's address, without a path, query or password.");
  }
  if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new TactfulError("invalid_backend", "A server on another machine must use https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TactfulError(
      "invalid_backend",
      "The server's address starts with https:// (or http:// on this machine).",
    );
  }
  return url.origin;
}

/** True when the backend is covered by the manifest's host permissions (the local server). */
export function isBuiltInBackend(origin) {
  const url = new URL(origin);
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname) && url.hostname !== "[::1]";
}

/** The optional host permission to request for a backend elsewhere, or null when none is needed. */
export function permissionFor(origin) {
  return isBuiltInBackend(origin) ? null : `${new URL(origin).origin}/*`;
}
