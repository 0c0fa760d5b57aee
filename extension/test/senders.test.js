import assert from "node:assert/strict";
import { test } from "node:test";

import { mayAsk } from "../lib/senders.js";

const ID = "abcdefghijklmnopabcdefghijklmnop";
const gmailTab = { id: ID, tab: { id: 7 }, url: "https://mail.google.com/mail/u/0/#inbox/18f2a7c4d9e0b613" };
const optionsPage = { id: ID, url: `chrome-extension://${ID}/options.html` };

test("Gmail's content script may ask for the menu, the suggested reply and drafts only", () => {
  assert.equal(mayAsk(gmailTab, "createDraft", ID), true);
  assert.equal(mayAsk(gmailTab, "menu", ID), true);
  assert.equal(mayAsk(gmailTab, "suggestion", ID), true);
  for (const type of ["saveToken", "saveBackend", "signIn", "listInvites", "status", "settings", "saveSettings"])
    assert.equal(mayAsk(gmailTab, type, ID), false, type);
});

test("the extension's own pages may change the configuration, in a tab too", () => {
  assert.equal(mayAsk(optionsPage, "saveToken", ID), true);
  assert.equal(mayAsk(optionsPage, "saveSettings", ID), true);
  assert.equal(mayAsk({ ...optionsPage, tab: { id: 3 } }, "saveToken", ID), true);
  assert.equal(mayAsk(optionsPage, "unknown", ID), false);
});

test("other extensions and other sites are refused", () => {
  assert.equal(mayAsk({ ...gmailTab, id: "someoneelse" }, "createDraft", ID), false);
  assert.equal(mayAsk({ ...gmailTab, url: "https://evil.example/" }, "createDraft", ID), false);
  assert.equal(mayAsk({ id: ID, url: "chrome-extension://other/options.html" }, "saveToken", ID), false);
  assert.equal(mayAsk({ id: ID, url: gmailTab.url }, "createDraft", ID), false);
  assert.equal(mayAsk(undefined, "menu", ID), false);
});
