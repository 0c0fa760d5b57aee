// Google-mode sign-in: the backend's OAuth flow in a browser window, then a code-for-token
// exchange; and signing out, here and at the backend.

import { authStartUrl, codeFromRedirect, flowFailure, signInFromAnswer } from "./lib/auth.js";
import { forgetToken, readConfig, saveToken } from "./lib/config.js";
import { callBackend } from "./sw-backend.js";

export async function signIn() {
  const { backendUrl } = await readConfig(chrome.storage.local);
  const redirectUri = chrome.identity.getRedirectURL();
  let finalUrl;
  try {
    finalUrl = await chrome.identity.launchWebAuthFlow({
      url: authStartUrl(backendUrl, redirectUri),
      interactive: true,
    });
  } catch (error) {
    throw flowFailure(error);
  }
  const code = codeFromRedirect(finalUrl, redirectUri);
  const answer = await callBackend(backendUrl, "/auth/extension/token", { method: "POST", body: { code } });
  const signedIn = signInFromAnswer(answer);
  await saveToken(chrome.storage.local, signedIn);
  return { email: signedIn.email };
}

/** Forgets the token here; with Google sign-in the backend also ends the sessions and forgets the grant. */
export async function signOut() {
  const { backendUrl, token, mode } = await readConfig(chrome.storage.local);
  await forgetToken(chrome.storage.local);
  if (mode === "google" && token) {
    await callBackend(backendUrl, "/auth/sign-out", { method: "POST", token });
  }
  return {};
}
