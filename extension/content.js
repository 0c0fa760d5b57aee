// Tactful's content script on mail.google.com. It only touches the page: it finds the open
// thread by the id Gmail puts on the subject heading (data-legacy-thread-id), puts the
// Decline and Reschedule buttons into that thread's toolbar (the suggested reply first, once
// the worker has it), and asks the service worker for everything else. Runs in Chrome's
// isolated world; the buttons live in a shadow root and answer only real clicks
// (event.isTrusted), never clicks a page script makes up.

(() => {
  const HOST_ATTR = "data-tactful-actions";
  const THREAD_ID = /^[0-9a-f]{6,32}$/i;
  const ACTION_LABELS = { decline: "Decline", reschedule: "Reschedule", accept: "Accept" };
  const BUSY_LABELS = { decline: "Declining…", reschedule: "Finding times…", accept: "Accepting…" };
  // The reply the backend suggests for each set of buttons (by its shadow root), once known.
  const suggestions = new WeakMap();

  const STYLE = `
    :host { display: inline-flex; align-items: center; margin-left: 12px; vertical-align: middle; }
    .bar { display: inline-flex; align-items: center; gap: 6px; font: 500 13px/1.2 system-ui, sans-serif; }
    button { font: inherit; border: 1px solid #747775; border-radius: 16px; padding: 5px 12px;
             background: #fff; color: #1f1f1f; cursor: pointer; }
    button:hover { background: #f2f6fc; }
    button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
    button[aria-busy="true"] { cursor: progress; color: #5e5e5e; }
    button.suggested { background: #0b57d0; border-color: #0b57d0; color: #fff; }
    button.suggested:hover { background: #0842a0; }
    button:disabled { opacity: .7; }
    .more { padding: 5px 8px; }
    .menu { position: absolute; z-index: 1000; margin-top: 8px; top: 100%; right: 0; min-width: 280px; padding: 12px;
            display: grid; gap: 10px; background: #fff; border-radius: 8px;
            box-shadow: 0 2px 8px rgba(0,0,0,.25); color: #1f1f1f; font: 13px/1.3 system-ui, sans-serif; }
    .menu[hidden] { display: none; }
    .menu label { display: grid; gap: 4px; }
    .menu label.check { display: flex; gap: 6px; align-items: center; }
    .menu select, .menu input[type="text"] { font: inherit; padding: 3px; }
    .menu .note { color: #5e5e5e; font-size: 12px; }
    .menu .suggested-why { display: grid; gap: 2px; padding-bottom: 8px; border-bottom: 1px solid #e3e3e3; }
    .menu .suggested-why:empty { display: none; }
    .menu .headline { font-weight: 500; }
    .wrap { position: relative; display: inline-flex; }
    .status { max-width: 420px; font-size: 12px; color: #1f1f1f; }
    .status:empty { display: none; }
    .status.error { color: #b3261e; font-weight: 500; }
    .status.done { color: #146c2e; }
    .status.warning { color: #8a5300; font-weight: 500; }
  `;

  function isShown(element) {
    return element.getClientRects().length > 0;
  }

  // Gmail keeps earlier views in the page, hidden: only a visible heading counts, and the
  // visible main toolbar (gh="mtb") nearest to it, the one of the same view, takes the buttons.
  function toolbarOf(heading) {
    for (let node = heading.parentElement; node; node = node.parentElement) {
      const toolbar = [...node.querySelectorAll('[gh="mtb"]')].find(isShown);
      if (toolbar) return toolbar;
    }
    return null;
  }

  // The newest message Gmail shows in the open thread: the last element carrying a
  // data-legacy-message-id in the view of the visible subject heading. Null when none is found.
  function newestMessageId(threadId) {
    const heading = [...document.querySelectorAll('[role="main"] h2[data-legacy-thread-id]')].find(
      (each) => each.getAttribute("data-legacy-thread-id") === threadId && isShown(each),
    );
    for (let node = heading?.parentElement; node; node = node.parentElement) {
      const messages = [...node.querySelectorAll("[data-legacy-message-id]")].filter(isShown);
      if (messages.length) return messages.at(-1).getAttribute("data-legacy-message-id");
      if (node.matches('[role="main"]')) break;
    }
    return null;
  }

  function openThread() {
    for (const heading of document.querySelectorAll('[role="main"] h2[data-legacy-thread-id]')) {
      const id = heading.getAttribute("data-legacy-thread-id");
      if (!THREAD_ID.test(id ?? "") || !isShown(heading)) continue;
      const toolbar = toolbarOf(heading);
      if (toolbar) return { id, toolbar };
    }
    return null;
  }

  function sync() {
    const thread = openThread();
    for (const host of document.querySelectorAll(`[${HOST_ATTR}]`)) {
      const belongs = thread && host.getAttribute(HOST_ATTR) === thread.id && host.parentElement === thread.toolbar;
      if (!belongs) host.remove();
    }
    if (thread && !thread.toolbar.querySelector(`[${HOST_ATTR}]`)) thread.toolbar.append(actionsFor(thread.id));
  }

  async function ask(message) {
    try {
      return await chrome.runtime.sendMessage(message);
    } catch {
      return { ok: false, error: { message: "Tactful was updated or restarted: reload Gmail to use it." } };
    }
  }

  function element(tag, properties = {}, children = []) {
    const node = document.createElement(tag);
    Object.assign(node, properties);
    node.append(...children);
    return node;
  }

  function select(name, options, chosen) {
    const field = element("select", { name });
    for (const option of options) field.append(element("option", { value: option.value, textContent: option.label }));
    field.value = chosen;
    return field;
  }

  function actionsFor(threadId) {
    const host = element("div");
    host.setAttribute(HOST_ATTR, threadId);
    const root = host.attachShadow({ mode: "open" });
    const status = element("div", { className: "status" });
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    const menu = element("div", { className: "menu", hidden: true });
    menu.setAttribute("role", "group");
    menu.setAttribute("aria-label", "Tactful reply options");
    const more = element("button", { type: "button", className: "more", textContent: "▾", title: "Reply options" });
    more.setAttribute("aria-label", "Tactful reply options");
    more.setAttribute("aria-expanded", "false");
    const buttons = ["decline", "reschedule"].map((action) => actionButton(threadId, action, root));
    more.addEventListener("click", (event) => event.isTrusted && toggleMenu(root, more, menu));
    menu.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      closeMenu(root);
      more.focus();
    });
    root.append(
      element("style", { textContent: STYLE }),
      element("div", { className: "bar" }, [...buttons, element("div", { className: "wrap" }, [more, menu]), status]),
    );
    showSuggestion(threadId, root);
    return host;
  }

  function actionButton(threadId, action, root) {
    const button = element("button", { type: "button", textContent: ACTION_LABELS[action] });
    button.dataset.action = action;
    button.dataset.label = ACTION_LABELS[action];
    button.title = `Tactful: write ${action === "accept" ? "an" : "a"} ${action} reply as a draft in this thread`;
    button.addEventListener("click", (event) => event.isTrusted && draft(threadId, action, button, root));
    return button;
  }

  // The buttons work without a suggestion: it only reorders them when it comes, and a
  // failure is said in the menu, never in place of the buttons.
  async function showSuggestion(threadId, root) {
    const answer = await ask({ type: "suggestion", threadId, messageId: newestMessageId(threadId) });
    const suggestion = answer?.ok ? answer.suggestion : { error: answer?.error?.message ?? "Tactful did not answer." };
    suggestions.set(root, suggestion);
    const { action, reason } = suggestion;
    if (Object.hasOwn(ACTION_LABELS, action)) {
      let button = root.querySelector(`button[data-action="${action}"]`);
      if (!button) {
        button = actionButton(threadId, action, root);
        button.disabled = root.querySelector("button[aria-busy]") !== null; // a draft is on its way
      }
      button.dataset.label = `${ACTION_LABELS[action]} — suggested`;
      if (!button.hasAttribute("aria-busy")) button.textContent = button.dataset.label;
      if (suggestion.why) button.title = `Tactful suggests this reply: ${suggestion.why}`;
      button.classList.add("suggested");
      root.querySelector(".bar").prepend(button);
    }
    const select = root.querySelector('.menu select[name="reason"]');
    if (reason && select && !select.dataset.touched) select.value = reason;
    renderWhy(root);
    root.host.dataset.suggestion = suggestion.error ? "unavailable" : (action ?? suggestion.verdict ?? "none");
  }

  // The menu's first lines: what Tactful suggests and why, or why there is no suggestion.
  function renderWhy(root) {
    const block = root.querySelector(".menu .suggested-why");
    const suggestion = suggestions.get(root);
    if (!block || !suggestion) return;
    const lines = suggestion.error
      ? [element("div", { className: "note", textContent: `No suggested reply: ${suggestion.error}` })]
      : [
          element("div", { className: "headline", textContent: suggestion.headline ?? "" }),
          element("div", { className: "note", textContent: suggestion.why ?? "" }),
        ].filter((line) => line.textContent);
    block.replaceChildren(...lines);
  }

  function closeMenu(root) {
    root.querySelector(".menu").hidden = true;
    root.querySelector(".more").setAttribute("aria-expanded", "false");
  }

  // A click anywhere outside the buttons closes their menu.
  function closeMenusOutside(event) {
    for (const host of document.querySelectorAll(`[${HOST_ATTR}]`)) {
      if (!event.composedPath().includes(host)) closeMenu(host.shadowRoot);
    }
  }

  async function toggleMenu(root, more, menu) {
    const opening = menu.hidden;
    menu.hidden = !opening;
    more.setAttribute("aria-expanded", String(opening));
    if (!opening || menu.childElementCount) return;
    menu.append(element("div", { className: "note", textContent: "Loading your defaults…" }));
    const answer = await ask({ type: "menu" });
    menu.replaceChildren();
    if (!answer?.ok) {
      menu.append(
        element("div", { className: "note", textContent: answer?.error?.message ?? "Tactful is unavailable." }),
      );
      return;
    }
    const { reasons, tones, defaults } = answer;
    const keep = element("input", { type: "checkbox", name: "keepDoorOpen", checked: defaults.keepDoorOpen });
    const reason = select("reason", reasons, suggestions.get(root)?.reason ?? defaults.reason);
    reason.addEventListener("change", () => (reason.dataset.touched = "true"));
    menu.append(
      element("div", { className: "suggested-why" }),
      element("label", {}, [element("span", { textContent: "Reason (for a decline)" }), reason]),
      element("label", {}, [element("span", { textContent: "Tone" }), select("tone", tones, defaults.tone)]),
      element("label", { className: "check" }, [keep, element("span", { textContent: "Keep the door open" })]),
      element("label", {}, [
        element("span", { textContent: "Why another time (optional)" }),
        element("input", {
          type: "text",
          name: "rescheduleReason",
          maxLength: 300,
          placeholder: "e.g. I am travelling that day.",
        }),
      ]),
    );
    if (answer.settingsError) {
      menu.append(element("div", { className: "note", textContent: "Your saved defaults could not be loaded." }));
    }
    renderWhy(root);
    root.host.dataset.menuReady = "true";
  }

  // Without the menu, a suggested decline's reason still goes with the click.
  function menuChoices(root) {
    const field = (name) => root.querySelector(`.menu [name="${name}"]`);
    if (!field("tone")) {
      const reason = suggestions.get(root)?.reason;
      return reason ? { reason } : {};
    }
    return {
      reason: field("reason").value,
      tone: field("tone").value,
      keepDoorOpen: field("keepDoorOpen").checked,
      rescheduleReason: field("rescheduleReason").value,
    };
  }

  function show(status, text, kind) {
    status.className = `status ${kind}`;
    status.textContent = text;
  }

  async function draft(threadId, action, button, root) {
    const status = root.querySelector(".status");
    const all = [...root.querySelectorAll("button[data-action]")];
    all.forEach((each) => (each.disabled = true));
    button.setAttribute("aria-busy", "true");
    button.textContent = BUSY_LABELS[action];
    show(status, "", "");
    const messageId = newestMessageId(threadId);
    const answer = await ask({ type: "createDraft", threadId, action, choices: menuChoices(root), messageId });
    button.removeAttribute("aria-busy");
    button.textContent = button.dataset.label;
    all.forEach((each) => (each.disabled = false));
    if (!answer?.ok) {
      show(status, answer?.error?.message ?? "Tactful did not answer.", "error");
      return;
    }
    show(status, answer.notice.text, answer.notice.kind);
    // Open the draft only if the user is still on this thread.
    if (answer.openAt && root.host.isConnected) location.assign(answer.openAt);
  }

  let pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      sync();
    }, 30);
  }

  new MutationObserver(schedule).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["style", "class", "hidden", "data-legacy-thread-id"],
  });
  window.addEventListener("hashchange", schedule);
  document.addEventListener("click", closeMenusOutside, true);
  sync();
})();
