import assert from "node:assert/strict";
import { test } from "node:test";

import {
  SECTORS,
  formFromSettings,
  problemsFromBackend,
  settingsChange,
  settingsFromForm,
} from "../lib/settings-form.js";

const SAVED = {
  working_hours: "Mon-Fri 09:00-17:00",
  name: "Jordan Blake",
  draft_ahead: true,
  preferences: {
    arrangements: ["hybrid", "remote"],
    locations: ["Hamburg, Germany", "Berlin"],
    employment_types: ["full_time"],
    minimum_pay: { amount: 65000, currency: "EUR", period: "year" },
    avoid_companies: ["Acme, Inc."],
    avoid_sectors: ["gambling"],
    not_looking: false,
    style: "one_time",
  },
};

test("the form shows the saved settings, one place or company per line", () => {
  assert.deepEqual(formFromSettings(SAVED), {
    name: "Jordan Blake",
    draft_ahead: true,
    not_looking: false,
    arrangements: ["hybrid", "remote"],
    locations: "Hamburg, Germany\nBerlin",
    employment_types: ["full_time"],
    pay_amount: "65000",
    pay_currency: "EUR",
    pay_period: "year",
    avoid_companies: "Acme, Inc.",
    avoid_sectors: ["gambling"],
    style: "one_time",
  });
});

test("what the form shows is what it saves", () => {
  const { changes } = settingsFromForm(formFromSettings(SAVED));
  assert.deepEqual(changes, { name: SAVED.name, draft_ahead: true, preferences: SAVED.preferences });
});

test("settings without preferences or name show an empty form", () => {
  const form = formFromSettings({ working_hours: "Mon-Fri 09:00-17:00", name: null });
  assert.equal(form.name, "");
  assert.equal(form.pay_amount, "");
  assert.equal(form.pay_period, "year");
  assert.equal(form.style, "menu");
  assert.deepEqual(form.arrangements, []);
  assert.deepEqual(settingsFromForm(form).changes, {
    name: null,
    draft_ahead: false,
    preferences: {
      arrangements: [],
      locations: [],
      employment_types: [],
      minimum_pay: null,
      avoid_companies: [],
      avoid_sectors: [],
      not_looking: false,
      style: "menu",
    },
  });
});

test("typed lists are trimmed, blank lines dropped and repeats kept once", () => {
  const { changes } = settingsFromForm({ locations: "  Lisbon \n\nPorto\nLisbon\n", avoid_companies: "" });
  assert.deepEqual(changes.preferences.locations, ["Lisbon", "Porto"]);
  assert.deepEqual(changes.preferences.avoid_companies, []);
});

test("a minimum pay takes thousands separators and a lower-case currency", () => {
  const { changes } = settingsFromForm({ pay_amount: " 85,000 ", pay_currency: "usd", pay_period: "year" });
  assert.deepEqual(changes.preferences.minimum_pay, { amount: 85000, currency: "USD", period: "year" });
  const hourly = settingsFromForm({ pay_amount: "42.5", pay_currency: "GBP", pay_period: "hour" });
  assert.deepEqual(hourly.changes.preferences.minimum_pay, { amount: 42.5, currency: "GBP", period: "hour" });
});

test("a minimum pay that is no number, or has no currency, is refused before asking the backend", () => {
  for (const amount of ["lots", "-5", "0"]) {
    assert.deepEqual(Object.keys(settingsFromForm({ pay_amount: amount, pay_currency: "EUR" }).problems), [
      "minimum_pay",
    ]);
  }
  assert.match(settingsFromForm({ pay_amount: "50000", pay_currency: "€" }).problems.minimum_pay, /three letters/);
});

test("a signing name over 100 characters is refused; a blank one signs with none", () => {
  assert.deepEqual(Object.keys(settingsFromForm({ name: "x".repeat(101) }).problems), ["name"]);
  assert.equal(settingsFromForm({ name: "   " }).changes.name, null);
});

test("values the backend does not know never leave the form", () => {
  const { changes } = settingsFromForm({
    arrangements: ["remote", "moon"],
    avoid_sectors: ["crypto", "<script>"],
    style: "shout",
    not_looking: "yes",
  });
  assert.deepEqual(changes.preferences.arrangements, ["remote"]);
  assert.deepEqual(changes.preferences.avoid_sectors, ["crypto"]);
  assert.equal(changes.preferences.style, "menu");
  assert.equal(changes.preferences.not_looking, false);
});

test("every sector the backend knows is offered", () => {
  assert.deepEqual(
    SECTORS.map((sector) => sector.value).sort(),
    ["adtech", "crypto", "defense", "fossil_fuels", "gambling", "insurance", "lending", "public_sector", "tobacco"],
  );
  assert.equal(SECTORS.find((sector) => sector.value === "fossil_fuels").label, "Fossil fuels");
});

test("the backend's problems go next to their fields, a preference's too", () => {
  assert.deepEqual(
    problemsFromBackend({
      name: "must be null or one line of at most 100 characters",
      preferences:
        "locations: must be a list of at most 20 names of 1 to 80 characters; minimum_pay: must be null or {amount: a positive number, currency: a code like EUR, period: hour|day|month|year}",
    }),
    {
      name: "Must be null or one line of at most 100 characters",
      locations: "Must be a list of at most 20 names of 1 to 80 characters",
      minimum_pay:
        "Must be null or {amount: a positive number, currency: a code like EUR, period: hour|day|month|year}",
    },
  );
});

test("a problem that fits no field of the form is said for the whole form, with its name", () => {
  assert.deepEqual(problemsFromBackend({ zone: "unknown time zone", body: "must be a JSON object" }), {
    form: "zone: unknown time zone body: must be a JSON object",
  });
  assert.deepEqual(problemsFromBackend({ preferences: "must be a JSON object" }), { form: "Must be a JSON object" });
  assert.deepEqual(problemsFromBackend(null), {});
});

test("only the name, drafting ahead and the preferences are sent", () => {
  assert.deepEqual(settingsChange({ name: "Jo", zone: "Mars/Base", draft_ahead: false, preferences: {} }), {
    name: "Jo",
    draft_ahead: false,
    preferences: {},
  });
  assert.deepEqual(settingsChange(null), {});
});
