import assert from "node:assert/strict";
import { test } from "node:test";

import { draftLocation, isGmailUrl, isThreadId } from "../lib/gmail.js";

test("the draft opens in the same Gmail account the tab shows", () => {
  assert.equal(
    draftLocation(
      "https://mail.google.com/mail/u/2/#inbox/18f2a7c4d9e0b613",
      "https://mail.google.com/mail/u/0/#drafts?compose=r-123456",
    ),
    "https://mail.google.com/mail/u/2/#drafts?compose=r-123456",
  );
});

test("nothing opens for a draft address outside Gmail or without a hash", () => {
  const page = "https://mail.google.com/mail/u/0/#inbox/abc123";
  assert.equal(draftLocation(page, "https://evil.example/#drafts?compose=1"), null);
  assert.equal(draftLocation(page, "https://mail.google.com/mail/u/0/"), null);
  assert.equal(draftLocation(page, "javascript:alert(1)"), null);
  assert.equal(draftLocation("https://example.com/", "https://mail.google.com/mail/u/0/#drafts?compose=1"), null);
  assert.equal(draftLocation(page, null), null);
});

test("thread ids are Gmail's hexadecimal legacy ids", () => {
  assert.equal(isThreadId("18f2a7c4d9e0b613"), true);
  assert.equal(isThreadId("thread-f:1790000000000000000"), false);
  assert.equal(isThreadId("../../api/settings"), false);
  assert.equal(isThreadId(undefined), false);
});

test("only https://mail.google.com counts as Gmail", () => {
  assert.equal(isGmailUrl("https://mail.google.com/mail/u/0/"), true);
  assert.equal(isGmailUrl("https://mail.google.com.evil.example/"), false);
  assert.equal(isGmailUrl("http://mail.google.com/"), false);
});
