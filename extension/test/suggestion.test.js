import assert from "node:assert/strict";
import { test } from "node:test";

import { suggestedReply, whyLine } from "../lib/suggestion.js";

const notLooking = {
  recommended_action: "decline",
  suggestion: {
    action: "decline",
    reason: "timing",
    confidence: 0.95,
    evidence: [{ topic: "looking", fits: false, says: "You are not looking for a new job right now.", snippet: null }],
    missing: [],
    facts: [],
  },
};

test("a suggested decline comes first with its reason, how sure, and why", () => {
  assert.deepEqual(suggestedReply(notLooking), {
    action: "decline",
    reason: "timing",
    verdict: "decline",
    headline: "Tactful suggests declining (timing), 95% sure.",
    why: "You are not looking for a new job right now.",
  });
});

test("the why quotes the message's words and says what it leaves out", () => {
  const reply = {
    evidence: [
      {
        topic: "arrangement",
        fits: false,
        says: "The role is on-site; you want remote work.",
        snippet: "on-site  in our\nBerlin office",
      },
      { topic: "compensation", fits: true, says: "The pay is above your minimum.", snippet: "€90k" },
    ],
    missing: ["compensation", "employment_type"],
  };
  assert.equal(
    whyLine(reply),
    "The role is on-site; you want remote work. “on-site in our Berlin office” Not stated: the pay, the type of employment.",
  );
});

test("a long quote is cut to one short line", () => {
  const why = whyLine({ evidence: [{ says: "The sector is gambling.", snippet: "casino ".repeat(40) }], missing: [] });
  assert.ok(why.length < 130, why);
  assert.match(why, /…”$/);
});

test("a reschedule or an accept suggests its button and no decline reason", () => {
  const reschedule = suggestedReply({
    recommended_action: "reschedule",
    suggestion: { action: "reschedule", reason: "none", confidence: 0.9, evidence: [], missing: [] },
  });
  assert.equal(reschedule.action, "reschedule");
  assert.equal(reschedule.reason, null);
  assert.equal(reschedule.headline, "Tactful suggests asking for another time, 90% sure.");
  const accept = suggestedReply({ recommended_action: "accept", suggestion: { action: "accept", reason: "timing" } });
  assert.equal(accept.action, "accept");
  assert.equal(accept.reason, null);
});

test("the user's call suggests no button but says what is missing", () => {
  const yourCall = suggestedReply({
    recommended_action: null,
    suggestion: { action: "your_call", reason: "none", confidence: 0.4, evidence: [], missing: ["arrangement"] },
  });
  assert.deepEqual(yourCall, {
    action: null,
    reason: null,
    verdict: "your_call",
    headline: "Your call: Tactful cannot tell which reply fits.",
    why: "Not stated: remote or on-site.",
  });
});

test("a message that needs no reply, or a payload without a suggestion, suggests nothing", () => {
  const none = suggestedReply({
    recommended_action: null,
    suggestion: { action: "no_reply", evidence: [{ says: "x" }] },
  });
  assert.equal(none.action, null);
  assert.equal(none.headline, "");
  assert.equal(none.why, "");
  assert.deepEqual(suggestedReply({ recommended_action: "decline" }), {
    action: null,
    reason: null,
    verdict: null,
    headline: "",
    why: "",
  });
});

test("actions and reasons the extension does not know are never suggested", () => {
  const odd = suggestedReply({ recommended_action: "send", suggestion: { action: "send", reason: "<b>" } });
  assert.equal(odd.action, null);
  assert.equal(odd.reason, null);
  const unknownReason = suggestedReply({ ...notLooking, suggestion: { ...notLooking.suggestion, reason: "rude" } });
  assert.equal(unknownReason.reason, null);
  assert.equal(unknownReason.headline, "Tactful suggests declining, 95% sure.");
});
