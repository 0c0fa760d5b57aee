// The reply Tactful suggests for a thread, read from GET /api/threads/<id>: which button
// comes first, which decline reason the menu starts from, and one line of why.

import { REASONS } from "./choices.js";

const DRAFTABLE = new Set(["decline", "reschedule", "accept"]);
const MAX_SNIPPET = 90;
const MISSING_WORDS = {
  arrangement: "remote or on-site",
  location: "where",
  employment_type: "the type of employment",
  compensation: "the pay",
  calendar: "your calendar (it could not be read)",
};

const HEADLINES = {
  decline: "Tactful suggests declining",
  reschedule: "Tactful suggests asking for another time",
  accept: "Tactful suggests accepting",
  your_call: "Your call: Tactful cannot tell which reply fits",
};

function text(value) {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

function quoted(snippet) {
  const words = text(snippet);
  if (!words) return "";
  return words.length > MAX_SNIPPET ? `“${words.slice(0, MAX_SNIPPET - 1).trimEnd()}…”` : `“${words}”`;
}

function missingLine(missing) {
  const topics = (Array.isArray(missing) ? missing : []).map((topic) => MISSING_WORDS[topic]).filter(Boolean);
  return topics.length ? `Not stated: ${topics.join(", ")}.` : "";
}

/** The first piece of evidence, quoted, then what the message does not say: one line for the menu. */
export function whyLine(reply) {
  const [first] = Array.isArray(reply?.evidence) ? reply.evidence : [];
  const says = text(first?.says);
  const quote = quoted(first?.snippet);
  const parts = [says && quote ? `${says} ${quote}` : says, missingLine(reply?.missing)];
  return parts.filter(Boolean).join(" ");
}

function headline(verdict, reason, confidence) {
  if (!Object.hasOwn(HEADLINES, verdict)) return "";
  const label = reason ? ` (${REASONS.find((each) => each.value === reason).label.toLowerCase()})` : "";
  const sure = verdict !== "your_call" && Number.isFinite(confidence) ? `, ${Math.round(confidence * 100)}% sure` : "";
  return `${HEADLINES[verdict]}${label}${sure}.`;
}

/**
 * `{action, reason, verdict, headline, why}` from a thread payload of the backend. `action` is the
 * reply to put first (decline, reschedule or accept), or null when it is the user's call or
 * no reply is needed; `reason` is a decline reason the menu knows, or null; `verdict` is the
 * backend's own word (your_call, no_reply...); `headline` and `why` are what the menu says.
 */
export function suggestedReply(payload) {
  const reply = payload?.suggestion;
  if (!reply || typeof reply !== "object") return { action: null, reason: null, verdict: null, headline: "", why: "" };
  const recommended = payload.recommended_action ?? reply.action;
  const action = DRAFTABLE.has(recommended) ? recommended : null;
  const knownReason = REASONS.some((each) => each.value === reply.reason) && reply.reason !== "none";
  const reason = action === "decline" && knownReason ? reply.reason : null;
  const verdict = typeof reply.action === "string" ? reply.action : null;
  return {
    action,
    reason,
    verdict,
    headline: headline(verdict, reason, reply.confidence),
    why: verdict === "no_reply" ? "" : whyLine(reply),
  };
}
