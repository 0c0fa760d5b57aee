// The options page's settings form: the job preferences behind suggested replies, drafting
// ahead and the signing name. Values go to and from JSON in lib/settings-form.js; the worker
// does the backend calls; every text is set with textContent or as a field's value.

import {
  ARRANGEMENTS,
  EMPLOYMENT_TYPES,
  PAY_PERIODS,
  SECTORS,
  STYLES,
  formFromSettings,
  problemsFromBackend,
  settingsFromForm,
} from "./lib/settings-form.js";

const section = document.getElementById("settings");
const form = document.getElementById("settings-form");
const status = document.getElementById("settings-status");
const CHOICES = { arrangements: ARRANGEMENTS, employment_types: EMPLOYMENT_TYPES, avoid_sectors: SECTORS };
const OPTIONS = { pay_period: PAY_PERIODS, style: STYLES };
const LISTS = Object.keys(CHOICES);

function build() {
  for (const [name, options] of Object.entries(CHOICES)) {
    const group = form.querySelector(`[data-choices="${name}"]`);
    for (const option of options) {
      const box = Object.assign(document.createElement("input"), { type: "checkbox", name, value: option.value });
      const label = document.createElement("label");
      label.append(box, option.label);
      group.append(label);
    }
  }
  for (const [name, options] of Object.entries(OPTIONS)) {
    const select = form.querySelector(`[data-options="${name}"]`);
    for (const option of options) select.append(new Option(option.label, option.value));
  }
}

function fill(values) {
  for (const field of form.elements) {
    if (!field.name || !(field.name in values)) continue;
    if (LISTS.includes(field.name)) field.checked = values[field.name].includes(field.value);
    else if (field.type === "checkbox") field.checked = values[field.name];
    else field.value = values[field.name];
  }
}

function read() {
  const values = Object.fromEntries(LISTS.map((name) => [name, []]));
  for (const field of form.elements) {
    if (!field.name) continue;
    if (LISTS.includes(field.name)) {
      if (field.checked) values[field.name].push(field.value);
    } else {
      values[field.name] = field.type === "checkbox" ? field.checked : field.value;
    }
  }
  return values;
}

function showProblems(problems) {
  for (const slot of form.querySelectorAll("[data-problem-for]")) {
    slot.textContent = problems[slot.dataset.problemFor] ?? "";
  }
}

function say(text, kind = "") {
  status.className = `message ${kind}`;
  status.textContent = text;
}

async function ask(message) {
  return (await chrome.runtime.sendMessage(message)) ?? { ok: false, error: { message: "Tactful did not answer." } };
}

/** Shows the form with the backend's settings when connected; hides it otherwise. */
export async function showSettings(connected) {
  section.hidden = !connected;
  if (!connected) return;
  const answer = await ask({ type: "settings" });
  if (!answer.ok) {
    say(`Your preferences could not be loaded: ${answer.error.message}`, "error");
    return;
  }
  fill(formFromSettings(answer.settings));
  showProblems({});
}

async function save() {
  const { changes, problems } = settingsFromForm(read());
  showProblems(problems ?? {});
  if (problems) {
    say("Please correct the fields marked.", "error");
    return;
  }
  say("Saving…");
  const answer = await ask({ type: "saveSettings", changes });
  if (!answer.ok) {
    showProblems(problemsFromBackend(answer.error.fields));
    say(answer.error.fields ? "The server refused some fields: see below each one." : answer.error.message, "error");
    return;
  }
  fill(formFromSettings(answer.settings));
  say("Preferences saved.", "done");
}

build();
form.addEventListener("submit", (event) => {
  event.preventDefault();
  document.body.dataset.busy = "true";
  save().finally(() => delete document.body.dataset.busy);
});
