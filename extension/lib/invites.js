// How the popup describes an invitation that awaits an answer.

function formatTime(iso, zone) {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return null;
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone ?? undefined,
    timeZoneName: "short",
  }).format(moment);
}

/** `{threadId, messageId, title, detail, when, rescheduleAsked}` for one item of GET /api/threads. */
export function describeInvite(thread, zone = null) {
  const title = [thread.role, thread.company].filter(Boolean).join(" at ") || thread.subject || "Interview invitation";
  const first = (thread.proposed_times ?? [])[0];
  return {
    threadId: thread.thread_id,
    messageId: typeof thread.message_id === "string" ? thread.message_id : null, // the newest, to answer
    title,
    detail: thread.recruiter_name || thread.sender || "",
    when: first ? (formatTime(first.start, zone) ?? first.text) : null,
    rescheduleAsked: thread.label === "reschedule_request",
  };
}

/**
 * The Gmail address of a thread. Gmail takes an account's address in place of its number
 * (/mail/u/<email>/), so with Google sign-in the thread opens in the account Tactful reads.
 */
export function threadUrl(threadId, accountEmail = null) {
  const account = accountEmail ? encodeURIComponent(accountEmail).replace("%40", "@") : "0";
  return `https://mail.google.com/mail/u/${account}/#inbox/${encodeURIComponent(threadId)}`;
}
