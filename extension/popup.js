// The popup: recent invitations that await an answer, each one click from a draft or from
// its Gmail thread.

import { describeInvite, threadUrl } from "./lib/invites.js";

const list = document.getElementById("invites");
const message = document.getElementById("message");

function say(target, text, kind = "") {
  target.className = `message ${kind}`;
  target.textContent = text;
}

function line(className, text) {
  return Object.assign(document.createElement("div"), { className, textContent: text });
}

async function draft(invite, action, button, status) {
  const buttons = [...button.parentElement.querySelectorAll("button")];
  buttons.forEach((each) => (each.disabled = true));
  button.setAttribute("aria-busy", "true");
  say(status, "Writing the draft…");
  const { threadId, messageId } = invite;
  const answer = await chrome.runtime.sendMessage({ type: "createDraft", threadId, action, messageId });
  button.removeAttribute("aria-busy");
  buttons.forEach((each) => (each.disabled = false));
  if (!answer?.ok) {
    say(status, answer?.error?.message ?? "Tactful did not answer.", "error");
    return;
  }
  say(status, answer.notice.text, answer.notice.kind);
  if (answer.openUrl) status.append(" ", gmailLink("Open the draft", answer.openUrl));
}

// A link that opens Gmail in a new tab (a popup closes when it loses focus).
function gmailLink(text, href) {
  const link = Object.assign(document.createElement("a"), { href, textContent: text });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    chrome.tabs.create({ url: href });
  });
  return link;
}

function item(invite, account) {
  const link = gmailLink(invite.title, threadUrl(invite.threadId, account));
  const row = document.createElement("li");
  row.dataset.threadId = invite.threadId;
  row.append(link, line("detail", invite.detail));
  if (invite.when) row.append(line("when", (invite.rescheduleAsked ? "Asks to move: " : "Proposed: ") + invite.when));
  const status = line("message", "");
  status.setAttribute("role", "status");
  const actions = document.createElement("div");
  actions.className = "actions";
  for (const [action, label] of [
    ["decline", "Decline"],
    ["reschedule", "Reschedule"],
  ]) {
    const button = Object.assign(document.createElement("button"), { type: "button", textContent: label });
    button.dataset.action = action;
    button.addEventListener("click", () => draft(invite, action, button, status));
    actions.append(button);
  }
  row.append(actions, status);
  return row;
}

async function load() {
  const answer = await chrome.runtime.sendMessage({ type: "listInvites" });
  if (!answer?.ok) {
    say(message, answer?.error?.message ?? "Tactful did not answer.", "error");
    return;
  }
  const invites = answer.threads.map((thread) => describeInvite(thread, answer.zone));
  list.replaceChildren(...invites.map((invite) => item(invite, answer.account)));
  say(message, invites.length ? "" : "Nothing awaits an answer.");
}

load();
