// What the content script, the popup and the options page may ask the worker.

import { menuDefaults, draftRequest, REASONS, TONES } from "./lib/choices.js";
import { readConfig, saveBackend, saveToken } from "./lib/config.js";
import { TactfulError, plainError, withAccountHint } from "./lib/errors.js";
import { draftLocation, isGmailUrl, isMessageId, isThreadId } from "./lib/gmail.js";
import { draftNotice } from "./lib/outcome.js";
import { mayAsk } from "./lib/senders.js";
import { settingsChange } from "./lib/settings-form.js";
import { suggestedReply } from "./lib/suggestion.js";
import { signIn, signOut } from "./sw-auth.js";
import { callApi } from "./sw-backend.js";

function threadPath(threadId) {
  if (!isThreadId(threadId)) throw new TactfulError("no_thread", "Tactful could not tell which conversation is open.");
  return `/api/threads/${encodeURIComponent(threadId)}`;
}

const handlers = {
  // The menu's options; its defaults come from the user's settings when the backend answers.
  async menu() {
    const choices = { reasons: REASONS, tones: TONES };
    try {
      const settings = await callApi("/api/settings");
      return { ...choices, defaults: menuDefaults(settings) };
    } catch (error) {
      return { ...choices, defaults: menuDefaults(null), settingsError: plainError(error) };
    }
  },

  // The reply that fits this thread, judged by the backend on the user's preferences;
  // naming the newest message spares the backend a read of the thread.
  async suggestion({ threadId, messageId }) {
    const query = isMessageId(messageId) ? `?message_id=${encodeURIComponent(messageId)}` : "";
    return { suggestion: suggestedReply(await callApi(threadPath(threadId) + query)) };
  },

  async createDraft({ threadId, action, choices, messageId }, sender) {
    const body = draftRequest(action, choices, messageId);
    let draft;
    try {
      draft = await callApi(`${threadPath(threadId)}/drafts`, { method: "POST", body });
    } catch (error) {
      const { mode, email } = await readConfig(chrome.storage.local);
      throw mode === "google" ? withAccountHint(error, email) : error;
    }
    // In Gmail the tab itself moves to the draft; the popup offers Gmail's address of it.
    const openAt = sender.tab && draft.open_url ? draftLocation(sender.url, draft.open_url) : null;
    const openUrl = isGmailUrl(draft.open_url) ? draft.open_url : null;
    return { draftId: draft.draft_id, status: draft.status, notice: draftNotice(action, draft), openAt, openUrl };
  },

  async listInvites() {
    const [me, listing] = await Promise.all([callApi("/api/me"), callApi("/api/threads")]);
    const account = me.mode === "google" ? (me.user?.email ?? null) : null;
    return { zone: me.settings?.zone ?? null, account, threads: listing.threads };
  },

  async status() {
    const config = await readConfig(chrome.storage.local);
    if (!config.token) return { backendUrl: config.backendUrl, signedIn: false };
    const me = await callApi("/api/me");
    return { backendUrl: config.backendUrl, signedIn: true, mode: me.mode, user: me.user ?? {} };
  },

  async settings() {
    return { settings: await callApi("/api/settings") };
  },

  async saveSettings({ changes }) {
    return { settings: await callApi("/api/settings", { method: "PUT", body: settingsChange(changes) }) };
  },

  async saveBackend({ backendUrl }) {
    return { backendUrl: await saveBackend(chrome.storage.local, backendUrl) };
  },

  async saveToken({ token }) {
    await saveToken(chrome.storage.local, { token, mode: "local" });
    return {};
  },

  signIn,

  signOut,
};

/** The runtime.onMessage listener: answers `{ok: true, ...}` or `{ok: false, error: {code, message}}`. */
export function onMessage(message, sender, sendResponse) {
  const type = message?.type;
  if (!Object.hasOwn(handlers, type) || !mayAsk(sender, type, chrome.runtime.id)) return false;
  handlers[type](message, sender).then(
    (result) => sendResponse({ ok: true, ...result }),
    (error) => sendResponse({ ok: false, error: plainError(error) }),
  );
  return true; // the answer comes asynchronously
}
