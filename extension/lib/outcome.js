// What the user reads once a draft request succeeded: where the draft is, and what to check.

/** `{kind: "done" | "warning", text}` for a draft answer of the backend. */
export function draftNotice(action, draft) {
  if (draft.status === "user_edited") {
    return { kind: "done", text: "You have edited Tactful's draft in this thread, so Tactful left it as it is." };
  }
  const count = action === "reschedule" ? (draft.slots ?? []).length : 0;
  const saved = `Draft saved for ${draft.to}${count ? `, proposing ${count} ${count === 1 ? "time" : "times"}` : ""}.`;
  if (draft.label === "not_invite") {
    return {
      kind: "warning",
      text: `${saved} This conversation does not look like an interview invitation: read the draft before sending it.`,
    };
  }
  return { kind: "done", text: `${saved} Review it, then send.` };
}
