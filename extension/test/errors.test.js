import assert from "node:assert/strict";
import { test } from "node:test";

import { TactfulError, errorFromFailure, errorFromResponse, plainError, withAccountHint } from "../lib/errors.js";

test("a 401 always reads as signed out, whatever the body says", () => {
  const error = errorFromResponse(401, { error: "unauthorized", message: "Send the API token as ..." });
  assert.equal(error.code, "signed_out");
  assert.match(error.message, /not signed in/);
});

test("the backend's own message is shown for a known failure", () => {
  const error = errorFromResponse(503, {
    error: "calendar_unavailable",
    message: "Your calendar could not be read: bad file",
  });
  assert.deepEqual(plainError(error), {
    code: "calendar_unavailable",
    message: "Your calendar could not be read: bad file",
  });
});

test("the nested error shape is read too", () => {
  const error = errorFromResponse(404, { error: { code: "thread_not_found", message: "No thread abc." } });
  assert.deepEqual(plainError(error), { code: "thread_not_found", message: "No thread abc." });
});

test("a body that is not JSON gets a sentence for its status", () => {
  assert.equal(errorFromResponse(404, null).message, "Tactful cannot find this conversation in your mailbox.");
  assert.equal(errorFromResponse(500, "<html>").message, "The Tactful server answered with an error (HTTP 500).");
});

test("a rate limit says when to retry", () => {
  assert.equal(
    errorFromResponse(429, { error: "too_many_requests" }, "30").message,
    "Too many requests just now. Try again in 30 s.",
  );
  assert.equal(errorFromResponse(429, null, null).message, "Too many requests just now. Try again in a minute.");
});

test("Google's quota is named as such, whether Google said 429 or a quota reason", () => {
  const busy = {
    error: "google_unavailable",
    message: "Google is busy or failing (HTTP 429) while reading the thread; try again in a minute.",
  };
  const error = errorFromResponse(503, busy, "60");
  assert.equal(error.code, "google_quota");
  assert.equal(error.message, "Google's limit for your account is used up for now. Try again in 60 s.");
  const refused = {
    error: "google_error",
    message: "Google refused",
    google_status: 403,
    google_reason: "userRateLimitExceeded",
  };
  assert.equal(errorFromResponse(502, refused).code, "google_quota");
});

test("Google failing for another reason keeps the backend's words", () => {
  const down = {
    error: "google_unavailable",
    message: "Google is busy or failing (HTTP 500) while reading the thread; try again in a minute.",
  };
  assert.equal(errorFromResponse(503, down, "60").message, down.message);
});

test("a Google sign-in that expired reads as signed out", () => {
  assert.equal(errorFromResponse(401, { error: "sign_in_required", message: "Sign in again." }).code, "signed_out");
});

test("a conversation that is no invitation says so", () => {
  const error = errorFromResponse(422, { error: "not_an_invite" });
  assert.equal(error.code, "not_an_invite");
  assert.equal(error.message, "This conversation is not an interview invitation.");
});

test("no answer at all names the server and how to start it", () => {
  const error = errorFromFailure(new TypeError("Failed to fetch"), "http://127.0.0.1:8765");
  assert.equal(error.code, "backend_unreachable");
  assert.equal(
    error.message,
    "Cannot reach the Tactful server at http://127.0.0.1:8765. Is it running (tactful serve)?",
  );
});

test("a timeout is told apart from a refusal", () => {
  const timeout = new DOMException("signal timed out", "TimeoutError");
  assert.equal(errorFromFailure(timeout, "https://tactful.example").code, "backend_timeout");
});

test("an error already explained passes through unchanged", () => {
  const known = new TactfulError("signed_out", "x");
  assert.equal(errorFromFailure(known, "http://127.0.0.1:8765"), known);
});

test("an unexpected exception still becomes a message, never silence", () => {
  assert.deepEqual(plainError(new Error("boom")), {
    code: "internal",
    message: "Something went wrong inside Tactful: boom",
  });
});

test("a thread not found names the account Tactful reads, when it is known", () => {
  const missing = errorFromResponse(404, { error: "thread_not_found", message: "No thread abc." });
  assert.equal(
    withAccountHint(missing, "jo@example.net").message,
    "Tactful reads the mailbox of jo@example.net and cannot find this conversation there: is this Gmail tab showing that account?",
  );
  assert.equal(withAccountHint(missing, null), missing);
  const other = errorFromResponse(503, null);
  assert.equal(withAccountHint(other, "jo@example.net"), other);
});

test("a refused field change keeps the backend's word for each field", () => {
  const error = errorFromResponse(400, {
    error: "invalid_request",
    message: "name: too long",
    fields: { name: "must be null or one line of at most 100 characters", odd: 3 },
  });
  assert.deepEqual(plainError(error), {
    code: "invalid_request",
    message: "name: too long",
    fields: { name: "must be null or one line of at most 100 characters" },
  });
});
