// The extension's configuration in chrome.storage.local: the backend, and the token that
// was issued by that backend. A token is only ever sent to the backend that issued it.

import { DEFAULT_BACKEND, normalizeBackendUrl } from "./backend-url.js";
import { TactfulError } from "./errors.js";

const KEYS = ["backendUrl", "auth"];

/** `{backendUrl, token, email, mode}` from a storage area (`chrome.storage.local`, or a test double). */
export async function readConfig(area) {
  const stored = await area.get(KEYS);
  const backendUrl = stored.backendUrl ?? DEFAULT_BACKEND;
  const auth = stored.auth;
  const valid = auth && auth.backendUrl === backendUrl && typeof auth.token === "string" && auth.token;
  return {
    backendUrl,
    token: valid ? auth.token : null,
    email: valid ? (auth.email ?? null) : null,
    mode: valid ? (auth.mode ?? null) : null,
  };
}

/** Saves the backend; the token of another backend is forgotten. Returns the normalized origin. */
export async function saveBackend(area, text) {
  const backendUrl = normalizeBackendUrl(text);
  const { auth } = await area.get("auth");
  await area.set({ backendUrl });
  if (auth && auth.backendUrl !== backendUrl) await area.remove("auth");
  return backendUrl;
}

/** Keeps a token for the current backend: the local server's API token, or one from Google sign-in. */
export async function saveToken(area, { token, email = null, mode }) {
  if (typeof token !== "string" || !token.trim() || /\s/.test(token.trim())) {
    throw new TactfulError("invalid_token", "The token is a single word without spaces: copy it from tactful serve.");
  }
  const { backendUrl } = await readConfig(area);
  await area.set({ auth: { backendUrl, token: token.trim(), email, mode } });
}

export async function forgetToken(area) {
  await area.remove("auth");
}
