// The options page: which backend, and how Tactful signs in to it (the local server's
// API token, or the backend's Google sign-in), then the user's preferences once connected.
// The worker does the backend calls.

import { normalizeBackendUrl, permissionFor } from "./lib/backend-url.js";
import { showSettings } from "./options-settings.js";

const status = document.getElementById("status");
const backendField = document.getElementById("backend-url");

function say(text, kind = "") {
  status.className = `message ${kind}`;
  status.textContent = text;
}

async function ask(message) {
  const answer = await chrome.runtime.sendMessage(message);
  if (!answer?.ok) throw new Error(answer?.error?.message ?? "Tactful did not answer.");
  return answer;
}

async function showStatus() {
  const answer = await ask({ type: "status" });
  backendField.value = answer.backendUrl;
  if (!answer.signedIn) {
    say(`Not signed in to ${answer.backendUrl}.`);
    await showSettings(false);
    return;
  }
  const who = answer.user?.email || answer.user?.name || "you";
  say(`Connected to ${answer.backendUrl} (${answer.mode} mode) as ${who}.`, "done");
  await showSettings(true);
}

// One user action: body[data-busy] is set while it works (tests wait for it to go),
// then the connection status is shown, or what went wrong.
async function act(step) {
  document.body.dataset.busy = "true";
  try {
    await step();
    await showStatus();
  } catch (error) {
    say(error.message, "error");
    await showSettings(false);
  } finally {
    delete document.body.dataset.busy;
  }
}

async function saveBackend() {
  const origin = normalizeBackendUrl(backendField.value);
  // A backend elsewhere needs its host permission, asked for while the click still counts.
  const pattern = permissionFor(origin);
  if (pattern && !(await chrome.permissions.request({ origins: [pattern] }))) {
    throw new Error(`Tactful needs your permission to reach ${origin}.`);
  }
  await ask({ type: "saveBackend", backendUrl: origin });
}

async function saveToken() {
  const field = document.getElementById("token");
  await ask({ type: "saveToken", token: field.value });
  field.value = "";
}

function onSubmit(id, step) {
  document.getElementById(id).addEventListener("submit", (event) => {
    event.preventDefault();
    act(step);
  });
}

onSubmit("backend-form", saveBackend);
onSubmit("token-form", saveToken);
document.getElementById("sign-in").addEventListener("click", () => act(() => ask({ type: "signIn" })));
document.getElementById("sign-out").addEventListener("click", () => act(() => ask({ type: "signOut" })));
act(async () => {});
