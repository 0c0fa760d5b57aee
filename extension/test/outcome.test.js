import assert from "node:assert/strict";
import { test } from "node:test";

import { draftNotice } from "../lib/outcome.js";

const to = "Theo Lindqvist <theo@harbor-analytics.example>";
const slot = { start: "2026-04-07T09:00:00-04:00", end: "2026-04-07T09:30:00-04:00" };

test("a saved decline says who it is for and to review it", () => {
  assert.deepEqual(draftNotice("decline", { status: "created", label: "invite", to, slots: [] }), {
    kind: "done",
    text: `Draft saved for ${to}. Review it, then send.`,
  });
});

test("a reschedule counts the times it proposes", () => {
  assert.match(
    draftNotice("reschedule", { status: "updated", to, slots: [slot, slot, slot] }).text,
    /proposing 3 times\./,
  );
  assert.match(draftNotice("reschedule", { status: "created", to, slots: [slot] }).text, /proposing 1 time\./);
});

test("a draft the user edited is left alone, and the notice says so", () => {
  assert.match(draftNotice("decline", { status: "user_edited", to }).text, /left it as it is/);
});

test("a conversation that is no invitation gets a warning", () => {
  const notice = draftNotice("decline", { status: "created", label: "not_invite", to, slots: [] });
  assert.equal(notice.kind, "warning");
  assert.match(notice.text, /does not look like an interview invitation/);
});
