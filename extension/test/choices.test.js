import assert from "node:assert/strict";
import { test } from "node:test";

import { REASONS, TONES, draftRequest, menuDefaults } from "../lib/choices.js";

test("the menu starts from the user's settings", () => {
  assert.deepEqual(menuDefaults({ default_reason: "timing", default_tone: "warm" }), {
    reason: "timing",
    tone: "warm",
    keepDoorOpen: true,
  });
});

test("unknown or missing settings fall back to a formal decline without a reason", () => {
  assert.deepEqual(menuDefaults({ default_reason: "rude", default_tone: 3 }), {
    reason: "none",
    tone: "formal",
    keepDoorOpen: true,
  });
  assert.deepEqual(menuDefaults(null), { reason: "none", tone: "formal", keepDoorOpen: true });
});

test("a decline sends reason, tone and whether to keep the door open", () => {
  assert.deepEqual(draftRequest("decline", { reason: "accepted_other_offer", tone: "warm", keepDoorOpen: false }), {
    action: "decline",
    tone: "warm",
    reason: "accepted_other_offer",
    keep_door_open: false,
  });
});

test("a reschedule sends no decline reason", () => {
  assert.deepEqual(draftRequest("reschedule", { reason: "timing", tone: "formal" }), {
    action: "reschedule",
    tone: "formal",
  });
});

test("a reschedule sends the user's own reason, trimmed and within the backend's limit", () => {
  assert.deepEqual(draftRequest("reschedule", { rescheduleReason: "  a prior commitment " }), {
    action: "reschedule",
    reschedule_reason: "a prior commitment",
  });
  assert.equal(draftRequest("reschedule", { rescheduleReason: "x".repeat(400) }).reschedule_reason.length, 300);
  assert.deepEqual(draftRequest("reschedule", { rescheduleReason: "   " }), { action: "reschedule" });
  assert.deepEqual(draftRequest("decline", { rescheduleReason: "busy" }), { action: "decline" });
});

test("without menu choices only the action is sent, so the backend applies the user's settings", () => {
  assert.deepEqual(draftRequest("decline"), { action: "decline" });
  assert.deepEqual(draftRequest("reschedule", {}), { action: "reschedule" });
});

test("values the backend does not know never leave the extension", () => {
  assert.deepEqual(draftRequest("decline", { reason: "<script>", tone: "angry", keepDoorOpen: "yes" }), {
    action: "decline",
  });
  assert.throws(() => draftRequest("send"), RangeError);
});

test("every reason and tone the backend accepts is offered", () => {
  assert.deepEqual(REASONS.map((r) => r.value).sort(), [
    "accepted_other_offer",
    "compensation",
    "employment_type",
    "location",
    "none",
    "not_right_fit",
    "prefer_not_to_say",
    "timing",
    "withdrawing",
  ]);
  assert.deepEqual(
    TONES.map((t) => t.value),
    ["formal", "warm"],
  );
});

test("an accept is sent as the backend takes it, with the tone only", () => {
  assert.deepEqual(draftRequest("accept", { tone: "warm", reason: "timing", keepDoorOpen: false }), {
    action: "accept",
    tone: "warm",
  });
});

test("the open message's id goes with the request, so the backend reads one message less", () => {
  assert.deepEqual(draftRequest("decline", {}, "18f2a7c4d9e0b613"), {
    action: "decline",
    message_id: "18f2a7c4d9e0b613",
  });
  const maildirKey = "1795314032.M685182P8810Q2.vm"; // the local server's message ids
  assert.equal(draftRequest("reschedule", {}, maildirKey).message_id, maildirKey);
});

test("without a message id found in the page, or with a strange one, none is sent", () => {
  for (const odd of [null, undefined, "", "../etc/passwd", "a b", "x".repeat(256), 42]) {
    assert.equal("message_id" in draftRequest("decline", {}, odd), false, String(odd));
  }
});
