// The reply options the in-Gmail menu offers, their defaults from the user's settings, and
// the draft request they make.

export const ACTIONS = ["decline", "reschedule"];

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

/** The JSON body of POST /api/threads/<id>/drafts for an action and the menu's choices. */
export function draftRequest(action, choices = {}) {
  if (!ACTIONS.includes(action)) throw new RangeError(`unknown action: ${action}`);
  const body = { action, tone: known(TONES, choices.tone, FALLBACK.tone) };
  if (action === "decline") {
    body.reason = known(REASONS, choices.reason, FALLBACK.reason);
    body.keep_door_open = choices.keepDoorOpen !== false;
  }
  return body;
}
