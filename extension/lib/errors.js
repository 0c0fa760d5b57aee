// Every failure the user can meet, as a short code and a sentence to show in place.

export class TactfulError extends Error {
  constructor(code, message, details = {}) {
    super(message);
    this.name = "TactfulError";
    this.code = code;
    this.details = details;
  }
}

const SIGNED_OUT = "Tactful is not signed in: open the extension's options to sign in or paste the API token.";

// What the user reads for each status when the backend's own message does not fit.
const BY_STATUS = {
  401: ["signed_out", SIGNED_OUT],
  404: ["thread_not_found", "Tactful cannot find this conversation in your mailbox."],
  422: ["cannot_draft", "Tactful cannot write a reply to this conversation."],
  429: ["rate_limited", "Too many requests just now: try again in a minute."],
  503: ["unavailable", "The Tactful server cannot reach your mail or calendar right now: try again in a minute."],
};

// Google's own words for a spent quota (403/429 reasons), as the backend passes them on.
const QUOTA_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded", "dailyLimitExceeded"]);

// The backend answers `{"error": "code", "message": "..."}`; newer answers nest
// `{"error": {"code", "message"}}`. Both are read; anything else counts as no body.
function errorBody(payload) {
  if (!payload || typeof payload !== "object") return {};
  const { error } = payload;
  const fields = error && typeof error === "object" ? error : { ...payload, code: error };
  return {
    code: stringOrNull(fields.code),
    message: stringOrNull(fields.message),
    googleReason: stringOrNull(fields.google_reason),
  };
}

function stringOrNull(value) {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function retryHint(retryAfter) {
  const seconds = Number.parseInt(retryAfter ?? "", 10);
  return Number.isFinite(seconds) && seconds > 0 ? ` Try again in ${seconds} s.` : "";
}

function isGoogleQuota(body) {
  return (
    QUOTA_REASONS.has(body.googleReason) || (body.code === "google_unavailable" && /HTTP 429/.test(body.message ?? ""))
  );
}

/** The error for an HTTP answer that is not a success. */
export function errorFromResponse(status, payload, retryAfter = null) {
  const body = errorBody(payload);
  if (status === 401) return new TactfulError("signed_out", SIGNED_OUT, { status });
  if (isGoogleQuota(body)) {
    return new TactfulError(
      "google_quota",
      "Google's limit for your account is used up for now." + (retryHint(retryAfter) || " Try again in a minute."),
      { status },
    );
  }
  if (body.code === "not_an_invite" || body.code === "not_invite") {
    return new TactfulError("not_an_invite", body.message ?? "This conversation is not an interview invitation.", {
      status,
    });
  }
  const [code, fallback] = BY_STATUS[status] ?? [
    "backend_error",
    `The Tactful server answered with an error (HTTP ${status}).`,
  ];
  if (status === 429)
    return new TactfulError(
      code,
      "Too many requests just now." + (retryHint(retryAfter) || " Try again in a minute."),
      { status },
    );
  return new TactfulError(body.code ?? code, body.message ?? fallback, { status, fields: fieldProblems(payload) });
}

// A 400's `fields`: each bad field and why, as the backend wrote them (plain strings only).
function fieldProblems(payload) {
  const fields = payload?.fields;
  if (!fields || typeof fields !== "object") return null;
  const problems = Object.entries(fields).filter(([, why]) => typeof why === "string");
  return problems.length ? Object.fromEntries(problems) : null;
}

/** The error for a request that got no HTTP answer at all. */
export function errorFromFailure(failure, backendUrl) {
  if (failure instanceof TactfulError) return failure;
  if (failure?.name === "TimeoutError" || failure?.name === "AbortError") {
    return new TactfulError("backend_timeout", `The Tactful server at ${backendUrl} did not answer in time.`);
  }
  return new TactfulError(
    "backend_unreachable",
    `Cannot reach the Tactful server at ${backendUrl}. Is it running (tactful serve)?`,
  );
}

/** A plain object that survives chrome.runtime messaging. */
export function plainError(error) {
  if (error instanceof TactfulError) {
    const plain = { code: error.code, message: error.message };
    if (error.details?.fields) plain.fields = error.details.fields;
    return plain;
  }
  return { code: "internal", message: "Something went wrong inside Tactful: " + String(error?.message ?? error) };
}

/**
 * A thread the backend cannot find, with Google sign-in, is most often in another account
 * than the one Tactful reads: the message names that account.
 */
export function withAccountHint(error, accountEmail) {
  if (!(error instanceof TactfulError) || error.code !== "thread_not_found" || !accountEmail) return error;
  return new TactfulError(
    error.code,
    `Tactful reads the mailbox of ${accountEmail} and cannot find this conversation there: is this Gmail tab showing that account?`,
    error.details,
  );
}

export function signedOutError() {
  return new TactfulError("signed_out", SIGNED_OUT);
}
