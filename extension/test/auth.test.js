import assert from "node:assert/strict";
import { test } from "node:test";

import { authStartUrl, codeFromRedirect, flowFailure, signInFromAnswer } from "../lib/auth.js";
import { readConfig, saveBackend, saveToken } from "../lib/config.js";
import { FakeStorageArea } from "./fake-storage.js";

const REDIRECT = "https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/";

test("the flow starts at the backend with the extension's redirect address, encoded", () => {
  assert.equal(
    authStartUrl("https://tactful.example.com", REDIRECT),
    "https://tactful.example.com/auth/extension/start?redirect_uri=https%3A%2F%2Fabcdefghijklmnopabcdefghijklmnop.chromiumapp.org%2F",
  );
});

test("the one-time code is read from the redirect", () => {
  assert.equal(codeFromRedirect(`${REDIRECT}?code=c0de-42_x`, REDIRECT), "c0de-42_x");
});

test("an error in the redirect becomes a sentence", () => {
  assert.throws(() => codeFromRedirect(`${REDIRECT}?error=access_denied`, REDIRECT), {
    code: "sign_in_failed",
    message: "Sign-in was cancelled.",
  });
  assert.throws(() => codeFromRedirect(`${REDIRECT}?error=server_error`, REDIRECT), {
    message: "Sign-in failed (server_error).",
  });
});

test("a redirect elsewhere, or without a code, is refused", () => {
  assert.throws(() => codeFromRedirect("https://evil.example/?code=stolen", REDIRECT), {
    message: "Sign-in ended on an unexpected page.",
  });
  assert.throws(() => codeFromRedirect(REDIRECT, REDIRECT), { message: "Sign-in finished without a code." });
  assert.throws(() => codeFromRedirect(undefined, REDIRECT), { code: "sign_in_failed" });
});

test("the token answer is checked, then stored for the backend as a Bearer token", async () => {
  assert.throws(() => signInFromAnswer({ email: "jo@example.net" }), { code: "sign_in_failed" });
  const area = new FakeStorageArea();
  await saveBackend(area, "https://tactful.example.com");
  await saveToken(area, signInFromAnswer({ token: "tok-1", email: "jo@example.net" }));
  assert.deepEqual(await readConfig(area), {
    backendUrl: "https://tactful.example.com",
    token: "tok-1",
    email: "jo@example.net",
    mode: "google",
  });
});

test("a sign-in window closed before the end says so, with the browser's reason", () => {
  const failure = flowFailure(new Error("The user did not approve access."));
  assert.equal(failure.code, "sign_in_failed");
  assert.equal(failure.message, "Sign-in did not finish (The user did not approve access). Try again.");
  assert.equal(flowFailure(undefined).message, "Sign-in did not finish. Try again.");
});
