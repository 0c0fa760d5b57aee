// Google-mode sign-in: the backend's OAuth flow in a browser window, then a code-for-token exchange.

import { authStartUrl, codeFromRedirect, signInFromAnswer } from "./lib/auth.js";
import { readConfig, saveToken } from "./lib/config.js";
import { callBackend } from "./sw-backend.js";

export async function signIn() {
  const { backendUrl } = await readConfig(chrome.storage.local);
  const redirectUri = chrome.identity.getRedirectURL();
  const finalUrl = await chrome.identity.launchWebAuthFlow({
    url: authStartUrl(backendUrl, redirectUri),
    interactive: true,
  });
  const code = codeFromRedirect(finalUrl, redirectUri);
  const answer = await callBackend(backendUrl, "/auth/extension/token", { method: "POST", body: { code } });
  const signedIn = signInFromAnswer(answer);
  await saveToken(chrome.storage.local, signedIn);
  return { email: signedIn.email };
}
