// The only place that talks to the Tactful backend. Nothing is kept in worker globals:
// the backend and token are read from chrome.storage on every call.

import { readConfig } from "./lib/config.js";
import { TactfulError, errorFromFailure, errorFromResponse, signedOutError } from "./lib/errors.js";

const TIMEOUT_MS = 30_000;

async function send(url, { method = "GET", body, token = null }) {
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit",
    cache: "no-store",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw errorFromResponse(response.status, payload, response.headers.get("Retry-After"));
  if (payload === null)
    throw new TactfulError("backend_error", "The Tactful server gave an answer Tactful cannot read.");
  return payload;
}

/** Calls `/api/...` with the stored token; throws TactfulError. */
export async function callApi(path, options = {}) {
  const { backendUrl, token } = await readConfig(chrome.storage.local);
  if (!token) throw signedOutError();
  try {
    return await send(backendUrl + path, { ...options, token });
  } catch (failure) {
    throw errorFromFailure(failure, backendUrl);
  }
}

/** Calls a backend path outside /api (sign-in and sign-out), with `options.token` if given. */
export async function callBackend(backendUrl, path, options = {}) {
  try {
    return await send(backendUrl + path, options);
  } catch (failure) {
    throw errorFromFailure(failure, backendUrl);
  }
}
