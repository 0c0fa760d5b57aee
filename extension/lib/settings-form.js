// The options page's settings form as plain values, to and from the JSON of
// GET/PUT /api/settings: the job preferences behind suggested replies, drafting ahead, and
// the name replies are signed with. The DOM stays in options-settings.js.

export const ARRANGEMENTS = [
  { value: "remote", label: "Remote" },
  { value: "hybrid", label: "Hybrid" },
  { value: "onsite", label: "On-site" },
];

export const EMPLOYMENT_TYPES = [
  { value: "full_time", label: "Full-time" },
  { value: "part_time", label: "Part-time" },
  { value: "contract", label: "Contract" },
];

export const PAY_PERIODS = [
  { value: "year", label: "a year" },
  { value: "month", label: "a month" },
  { value: "day", label: "a day" },
  { value: "hour", label: "an hour" },
];

export const SECTORS = [
  "public_sector",
  "defense",
  "gambling",
  "insurance",
  "lending",
  "crypto",
  "tobacco",
  "fossil_fuels",
  "adtech",
].map((value) => ({ value, label: value.replace(/_/g, " ").replace(/^./, (first) => first.toUpperCase()) }));

export const STYLES = [
  { value: "menu", label: "A few times to choose from" },
  { value: "one_time", label: "The one best time" },
];

// Where each problem is shown: one place per field of the form ("minimum_pay" for its three inputs).
export const PROBLEM_SLOTS = [
  "name",
  "draft_ahead",
  "not_looking",
  "arrangements",
  "locations",
  "employment_types",
  "minimum_pay",
  "avoid_companies",
  "avoid_sectors",
  "style",
];

const MAX_NAME = 100;
const CURRENCY = /^[A-Za-z]{3}$/;

function chosen(options, values) {
  const known = new Set(options.map((option) => option.value));
  return (Array.isArray(values) ? values : []).filter((value) => known.has(value));
}

function lines(list) {
  return (Array.isArray(list) ? list : []).filter((item) => typeof item === "string").join("\n");
}

/** The form's values for the settings of GET /api/settings. */
export function formFromSettings(settings) {
  const preferences = settings?.preferences ?? {};
  const pay = preferences.minimum_pay;
  return {
    name: typeof settings?.name === "string" ? settings.name : "",
    draft_ahead: settings?.draft_ahead === true,
    not_looking: preferences.not_looking === true,
    arrangements: chosen(ARRANGEMENTS, preferences.arrangements),
    locations: lines(preferences.locations),
    employment_types: chosen(EMPLOYMENT_TYPES, preferences.employment_types),
    pay_amount: pay && Number.isFinite(pay.amount) ? String(pay.amount) : "",
    pay_currency: pay && typeof pay.currency === "string" ? pay.currency : "",
    pay_period: chosen(PAY_PERIODS, [pay?.period])[0] ?? "year",
    avoid_companies: lines(preferences.avoid_companies),
    avoid_sectors: chosen(SECTORS, preferences.avoid_sectors),
    style: chosen(STYLES, [preferences.style])[0] ?? "menu",
  };
}

// One name per line; a place may hold a comma ("Hamburg, Germany").
function names(text) {
  return [...new Set(String(text ?? "").split("\n").map((line) => line.trim()).filter(Boolean))];
}

function minimumPay(values, problems) {
  const typed = String(values.pay_amount ?? "").trim();
  if (!typed) return null;
  const amount = Number(typed.replace(/[\s,_]/g, ""));
  const currency = String(values.pay_currency ?? "").trim();
  if (!Number.isFinite(amount) || amount <= 0) {
    problems.minimum_pay = "The minimum pay is a number above 0, such as 60000.";
  } else if (!CURRENCY.test(currency)) {
    problems.minimum_pay = "Give the currency of the minimum pay as three letters, such as EUR or USD.";
  }
  return { amount, currency: currency.toUpperCase(), period: chosen(PAY_PERIODS, [values.pay_period])[0] ?? "year" };
}

/**
 * The body of PUT /api/settings for the form's values, or the problems found before asking
 * the backend: `{changes}` or `{problems: {slot: why}}`. Limits the backend checks anyway
 * (how many names, how long) are left to it.
 */
export function settingsFromForm(values) {
  const problems = {};
  const name = String(values.name ?? "").trim();
  if (name.length > MAX_NAME) problems.name = `At most ${MAX_NAME} characters.`;
  const preferences = {
    arrangements: chosen(ARRANGEMENTS, values.arrangements),
    locations: names(values.locations),
    employment_types: chosen(EMPLOYMENT_TYPES, values.employment_types),
    minimum_pay: minimumPay(values, problems),
    avoid_companies: names(values.avoid_companies),
    avoid_sectors: chosen(SECTORS, values.avoid_sectors),
    not_looking: values.not_looking === true,
    style: chosen(STYLES, [values.style])[0] ?? "menu",
  };
  if (Object.keys(problems).length) return { problems };
  return { changes: { name: name || null, draft_ahead: values.draft_ahead === true, preferences } };
}

// The backend names a bad preference inside the "preferences" problem: "locations: why; style: why".
function preferenceProblems(text) {
  return text.split(/; (?=[a-z_]+: )/).map((part) => {
    const at = part.indexOf(": ");
    return at > 0 ? [part.slice(0, at), part.slice(at + 2)] : [null, part];
  });
}

/** The backend's 400 `fields` placed next to the form's fields; what fits no field goes to `form`. */
export function problemsFromBackend(fields) {
  const placed = {};
  const add = (field, why) => {
    const known = PROBLEM_SLOTS.includes(field);
    const slot = known ? field : "form";
    const sentence = why.charAt(0).toUpperCase() + why.slice(1);
    const text = known || !field ? sentence : `${field}: ${why}`;
    placed[slot] = placed[slot] ? `${placed[slot]} ${text}` : text;
  };
  for (const [field, why] of Object.entries(fields ?? {})) {
    if (typeof why !== "string") continue;
    if (field === "preferences") {
      for (const [name, reason] of preferenceProblems(why)) add(name, reason);
    } else {
      add(field, why);
    }
  }
  return placed;
}

/** Only the settings this form edits go to the backend. */
export function settingsChange(changes) {
  const body = {};
  for (const key of ["name", "draft_ahead", "preferences"]) {
    if (changes && Object.hasOwn(changes, key)) body[key] = changes[key];
  }
  return body;
}
