// The popup: recent invitations that await an answer, each one click from its Gmail thread.

import { describeInvite, threadUrl } from "./lib/invites.js";

const list = document.getElementById("invites");
const message = document.getElementById("message");

function say(text, kind = "") {
  message.className = `message ${kind}`;
  message.textContent = text;
}

function item(invite) {
  const link = Object.assign(document.createElement("a"), {
    href: threadUrl(invite.threadId),
    textContent: invite.title,
  });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    chrome.tabs.create({ url: link.href });
  });
  const row = document.createElement("li");
  row.dataset.threadId = invite.threadId;
  row.append(link, Object.assign(document.createElement("div"), { className: "detail", textContent: invite.detail }));
  if (invite.when) {
    const prefix = invite.rescheduleAsked ? "Asks to move: " : "Proposed: ";
    row.append(Object.assign(document.createElement("div"), { className: "when", textContent: prefix + invite.when }));
  }
  return row;
}

async function load() {
  const answer = await chrome.runtime.sendMessage({ type: "listInvites" });
  if (!answer?.ok) {
    say(answer?.error?.message ?? "Tactful did not answer.", "error");
    return;
  }
  const invites = answer.threads.map((thread) => describeInvite(thread, answer.zone));
  list.replaceChildren(...invites.map(item));
  say(invites.length ? "" : "Nothing awaits an answer.");
}

load();
