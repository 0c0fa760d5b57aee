// Google-mode sign-in through the backend: the start URL, and the one-time code read from
// the redirect that chrome.identity.launchWebAuthFlow ends on.

import { TactfulError } from "./errors.js";
import { parseUrl } from "./url.js";

const FLOW_ERRORS = {
  access_denied: "Sign-in was cancelled.",
  missing_scopes: "Sign-in needs every permission on Google's page: please sign in again and keep the boxes ticked.",
};

export function authStartUrl(backendUrl, redirectUri) {
  return `${backendUrl}/auth/extension/start?redirect_uri=${encodeURIComponent(redirectUri)}`;
}

/** The one-time code in the final URL; anything else becomes a clear sign-in error. */
export function codeFromRedirect(finalUrl, redirectUri) {
  const url = parseUrl(finalUrl);
  const expected = parseUrl(redirectUri);
  if (!url || !expected) throw new TactfulError("sign_in_failed", "Sign-in did not finish.");
  if (url.origin !== expected.origin) {
    throw new TactfulError("sign_in_failed", "Sign-in ended on an unexpected page.");
  }
  const params = url.searchParams;
  const error = params.get("error");
  if (error) {
    throw new TactfulError("sign_in_failed", FLOW_ERRORS[error] ?? `Sign-in failed (${error}).`);
  }
  const code = params.get("code");
  if (!code) throw new TactfulError("sign_in_failed", "Sign-in finished without a code.");
  return code;
}

/** What the user reads when the sign-in window closed or failed before coming back. */
export function flowFailure(error) {
  const why = String(error?.message ?? error ?? "")
    .trim()
    .replace(/\.$/, "");
  return new TactfulError("sign_in_failed", `Sign-in did not finish${why ? ` (${why})` : ""}. Try again.`);
}

/** The token answer of POST /auth/extension/token, checked. */
export function signInFromAnswer(answer) {
  if (!answer || typeof answer.token !== "string" || !answer.token) {
    throw new TactfulError("sign_in_failed", "The server did not issue a token.");
  }
  return { token: answer.token, email: typeof answer.email === "string" ? answer.email : null, mode: "google" };
}
