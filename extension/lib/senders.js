// Which messages the worker accepts from whom: Gmail's content script may only ask for
// the menu and for drafts; the extension's own pages may ask for the rest.

import { isGmailUrl } from "./gmail.js";

const FROM_GMAIL = new Set(["menu", "createDraft"]);
const FROM_PAGES = new Set(["menu", "createDraft", "listInvites", "status", "saveBackend", "saveToken", "signIn", "signOut"]);

export function mayAsk(sender, type, extensionId) {
  if (!sender || sender.id !== extensionId) return false;
  if (sender.tab) return FROM_GMAIL.has(type) && isGmailUrl(sender.url ?? "");
  return FROM_PAGES.has(type) && String(sender.url ?? "").startsWith(`chrome-extension://${extensionId}/`);
}
