import assert from "node:assert/strict";
import { test } from "node:test";

import { describeInvite, threadUrl } from "../lib/invites.js";

const harbor = {
  thread_id: "3e594c7837b8d046",
  message_id: "18f3a0000001a2b3",
  subject: "Data Analyst interview - Harbor Analytics",
  sender: "Theo Lindqvist <theo@harbor-analytics.example>",
  label: "invite",
  company: "Harbor Analytics",
  role: "Data Analyst",
  recruiter_name: "Theo Lindqvist",
  proposed_times: [
    { text: "Thursday, April 9 at 2:00 PM ET", start: "2026-04-09T14:00:00-04:00", tz: "America/New_York" },
  ],
};

test("an invitation reads as role at company, who, and when in the user's zone", () => {
  assert.deepEqual(describeInvite(harbor, "America/New_York"), {
    threadId: "3e594c7837b8d046",
    messageId: "18f3a0000001a2b3",
    title: "Data Analyst at Harbor Analytics",
    detail: "Theo Lindqvist",
    when: "Thu 9 Apr, 14:00 GMT-4",
    rescheduleAsked: false,
  });
});

test("without company or role the subject is the title", () => {
  const bare = { ...harbor, company: null, role: null, recruiter_name: null, proposed_times: [] };
  const described = describeInvite(bare, "UTC");
  assert.equal(described.title, "Data Analyst interview - Harbor Analytics");
  assert.equal(described.detail, "Theo Lindqvist <theo@harbor-analytics.example>");
  assert.equal(described.when, null);
});

test("a time that cannot be read is shown as the sender wrote it", () => {
  const odd = {
    ...harbor,
    label: "reschedule_request",
    proposed_times: [{ text: "next Tuesday-ish", start: "soon", tz: null }],
  };
  assert.equal(describeInvite(odd).when, "next Tuesday-ish");
  assert.equal(describeInvite(odd).rescheduleAsked, true);
});

test("a thread opens in Gmail by its id, in the signed-in account when known", () => {
  assert.equal(threadUrl("3e594c7837b8d046"), "https://mail.google.com/mail/u/0/#inbox/3e594c7837b8d046");
  assert.equal(
    threadUrl("3e594c7837b8d046", "jo+jobs@example.net"),
    "https://mail.google.com/mail/u/jo%2Bjobs@example.net/#inbox/3e594c7837b8d046",
  );
});
