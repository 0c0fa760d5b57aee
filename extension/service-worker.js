// Tactful's service worker: it alone calls the backend. Listeners are registered
// synchronously here; the feature modules hold no state between events.

import { onMessage } from "./sw-messages.js";

chrome.runtime.onMessage.addListener(onMessage);

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === chrome.runtime.OnInstalledReason.INSTALL) chrome.runtime.openOptionsPage();
});
