// The reply options the in-Gmail menu offers, their defaults from the user's settings, and
// the draft request they make.

import { isMessageId } from "./gmail.js";

export const ACTIONS = ["decline", "reschedule", "accept"];

export const REASONS = [
  { value: "none", label: "No reason given" },
  { value: "accepted_other_offer", label: "Accepted another offer" },
  { value: "not_right_fit", label: "Not the right fit" },
  { value: "timing", label: "Timing" },
  { value: "location", label: "Location" },
  { value: "employment_type", label: "Type of employment" },
  { value: "compensation", label: "Compensation" },
  { value: "withdrawing", label: "Withdrawing from the search" },
  { value: "prefer_not_to_say", label: "Prefer not to say" },
];

export const TONES = [
  { value: "formal", label: "Formal" },
  { value: "warm", label: "Warm" },
];

// The backend takes at most this many characters of the user's own reason to reschedule.
const MAX_REASON_LENGTH = 300;

const FALLBACK = { reason: "none", tone: "formal", keepDoorOpen: true };

function known(options, value, fallback) {
  return options.some((option) => option.value === value) ? value : fallback;
}

/** The menu's starting values: the user's settings where they name a known option. */
export function menuDefaults(settings) {
  return {
    reason: known(REASONS, settings?.default_reason, FALLBACK.reason),
    tone: known(TONES, settings?.default_tone, FALLBACK.tone),
    keepDoorOpen: FALLBACK.keepDoorOpen,
  };
}

/**
 * The JSON body of POST /api/threads/<id>/drafts for an action and the menu's choices.
 * Only what the user chose is sent: without a choice the backend applies the user's settings.
 * With the id of the message the user has open (Gmail's data-legacy-message-id), the
 * backend reads that message directly instead of the thread first.
 */
export function draftRequest(action, choices = {}, messageId = null) {
  if (!ACTIONS.includes(action)) throw new RangeError(`unknown action: ${action}`);
  const body = { action };
  if (TONES.some((tone) => tone.value === choices.tone)) body.tone = choices.tone;
  if (action === "decline") {
    if (REASONS.some((reason) => reason.value === choices.reason)) body.reason = choices.reason;
    if (typeof choices.keepDoorOpen === "boolean") body.keep_door_open = choices.keepDoorOpen;
  }
  const why = typeof choices.rescheduleReason === "string" ? choices.rescheduleReason.trim() : "";
  if (action === "reschedule" && why) body.reschedule_reason = why.slice(0, MAX_REASON_LENGTH);
  if (isMessageId(messageId)) body.message_id = messageId;
  return body;
}
