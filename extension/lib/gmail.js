// Gmail facts the worker relies on: thread and message ids, and where a saved draft opens.

import { parseUrl } from "./url.js";

const GMAIL_ORIGIN = "https://mail.google.com";

// Gmail's legacy thread ids (data-legacy-thread-id) are hexadecimal; the API uses the same.
const THREAD_ID = /^[0-9a-f]{6,32}$/i;

// Gmail's message ids (data-legacy-message-id) are hexadecimal too; the local server's are
// its Maildir keys (digits, letters, dots). The backend takes at most 255 characters.
const MESSAGE_ID = /^[0-9A-Za-z][0-9A-Za-z._=-]{0,254}$/;

export function isThreadId(value) {
  return typeof value === "string" && THREAD_ID.test(value);
}

export function isMessageId(value) {
  return typeof value === "string" && MESSAGE_ID.test(value);
}

/**
 * Where the Gmail tab goes to open a draft: the tab's own address (so the signed-in
 * account, /mail/u/N/, is kept) with the hash of the backend's `open_url`.
 * Null when there is nothing safe to open.
 */
export function draftLocation(pageUrl, openUrl) {
  const page = parseUrl(pageUrl);
  const target = parseUrl(openUrl);
  if (page?.origin !== GMAIL_ORIGIN || target?.origin !== GMAIL_ORIGIN || target.hash.length < 2) return null;
  page.hash = target.hash;
  return page.href;
}

export function isGmailUrl(value) {
  return parseUrl(value)?.origin === GMAIL_ORIGIN;
}
