// A stand-in for Gmail's web app, written for Tactful's browser tests. It keeps the parts of
// Gmail's page that extensions depend on: the main toolbar ([gh="tm"] > [gh="mtb"]) of each
// view, list rows (tr.zA) carrying data-legacy-thread-id, the thread view's subject heading
// h2.hP with data-thread-perm-id and data-legacy-thread-id, each message of the thread in
// order as div.adn carrying data-message-id (#msg-f:<decimal>, for Gmail's hexadecimal ids)
// and data-legacy-message-id, navigation by location.hash without reloading, a thread's DOM
// built after a short load and earlier views kept hidden.

"use strict";

const mailbox = JSON.parse(document.getElementById("mailbox-data").textContent);
const main = document.querySelector('[role="main"]');
const LOAD_DELAY_MS = 120;
const KEPT_THREAD_VIEWS = 2;

function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function toolbarButton(label) {
  return el("div", { class: "T-I J-J5-Ji", role: "button", "aria-label": label, "data-tooltip": label }, [label]);
}

function toolbar(groups) {
  const bar = el("div", { gh: "mtb", class: "G-atb", role: "toolbar" });
  for (const group of groups) bar.append(el("div", { class: "G-Ni J-J5-Ji" }, group.map(toolbarButton)));
  return el("div", { gh: "tm", class: "G-atb-wrap" }, [bar]);
}

function listView(label) {
  const rows = mailbox.threads.map((thread) => {
    const row = el("tr", { class: "zA zE", role: "row" }, [
      el("td", { class: "yX xY" }, [el("span", { class: "yW" }, [thread.sender_name])]),
      el("td", { class: "xY a4W" }, [
        el("span", { class: "bqe", "data-thread-id": `#thread-f:${thread.perm_id}`, "data-legacy-thread-id": thread.legacy_id }, [thread.subject]),
        el("span", { class: "y2" }, [" - " + thread.snippet]),
      ]),
    ]);
    row.addEventListener("click", () => { location.hash = `#${label}/${thread.legacy_id}`; });
    return row;
  });
  return el("div", { class: "view", "data-view": label }, [
    toolbar([["Select"], ["Refresh", "More"]]),
    el("div", { class: "AO" }, [el("table", { class: "F cf zt" }, [el("tbody", {}, rows)])]),
  ]);
}

// A thread's first message has the thread's own id in Gmail; a thread may list its messages.
function messagesOf(thread) {
  return thread.messages ?? [{ legacy_id: thread.legacy_id, sender_name: thread.sender_name, sender_email: thread.sender_email, body: thread.body }];
}

function messageView(message) {
  const ids = { "data-legacy-message-id": message.legacy_id };
  if (/^[0-9a-f]{1,16}$/.test(message.legacy_id)) ids["data-message-id"] = `#msg-f:${BigInt(`0x${message.legacy_id}`)}`;
  return el("div", { class: "h7" }, [
    el("div", { class: "adn ads", ...ids }, [
      el("div", { class: "gE" }, [
        el("span", { class: "gD", email: message.sender_email, name: message.sender_name }, [message.sender_name]),
        el("span", { class: "go" }, [` <${message.sender_email}>`]),
      ]),
      el("div", { class: "ii gt" }, [el("div", { class: "a3s aiL" }, [message.body])]),
    ]),
  ]);
}

function threadContent(thread) {
  return el("div", { class: "iY" }, [
    el("h2", { class: "hP", "data-thread-perm-id": `thread-f:${thread.perm_id}`, "data-legacy-thread-id": thread.legacy_id }, [thread.subject]),
    el("div", { class: "Bu" }, messagesOf(thread).map(messageView)),
  ]);
}

// Like Gmail, the toolbar shows at once and the conversation arrives a moment later.
function threadView(legacyId) {
  const thread = mailbox.threads.find((each) => each.legacy_id === legacyId);
  const body = el("div", { class: "AO" }, [el("div", { class: "loading" }, ["Loading…"])]);
  const view = el("div", { class: "view", "data-view": "thread" }, [
    toolbar([["Back to Inbox"], ["Archive", "Report spam", "Delete"], ["Mark as unread", "Snooze", "More"]]),
    body,
  ]);
  setTimeout(() => {
    body.replaceChildren(thread ? threadContent(thread) : el("div", { class: "loading" }, ["This conversation could not be found."]));
  }, LOAD_DELAY_MS);
  return view;
}

function composeDialog(draftId) {
  return el("div", { role: "dialog", "aria-label": "Draft", "data-compose-id": draftId }, ["Draft ", draftId]);
}

function route() {
  const [path, query] = (location.hash.slice(1) || "inbox").split("?");
  const [label, threadId] = path.split("/");
  for (const view of main.children) view.style.display = "none";
  document.querySelectorAll('[role="dialog"]').forEach((dialog) => dialog.remove());
  let view;
  if (threadId) {
    view = threadView(threadId);
    const older = [...main.querySelectorAll('[data-view="thread"]')];
    older.slice(0, Math.max(0, older.length - KEPT_THREAD_VIEWS + 1)).forEach((old) => old.remove());
  } else {
    view = main.querySelector(`[data-view="${CSS.escape(label)}"]`) ?? listView(label);
  }
  view.style.display = "";
  if (!view.isConnected) main.append(view);
  const compose = new URLSearchParams(query ?? "").get("compose");
  if (compose) document.body.append(composeDialog(compose));
}

window.addEventListener("hashchange", route);
route();
