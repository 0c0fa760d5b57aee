// Which messages the worker accepts from whom: Gmail's content script may only ask for
// the menu, a thread's suggested reply and drafts; the extension's own pages (popup,
// options, even in a tab) may ask for the rest. Senders are told apart by their page.

import { isGmailUrl } from "./gmail.js";

const FROM_GMAIL = new Set(["menu", "suggestion", "createDraft"]);
const FROM_PAGES = new Set([
  "menu",
  "suggestion",
  "createDraft",
  "listInvites",
  "status",
  "settings",
  "saveSettings",
  "saveBackend",
  "saveToken",
  "signIn",
  "signOut",
]);

export function mayAsk(sender, type, extensionId) {
  if (!sender || sender.id !== extensionId) return false;
  const url = String(sender.url ?? "");
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return FROM_PAGES.has(type);
  return Boolean(sender.tab) && isGmailUrl(url) && FROM_GMAIL.has(type);
}
