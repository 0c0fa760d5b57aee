import assert from "node:assert/strict";
import { test } from "node:test";

import { DEFAULT_BACKEND } from "../lib/backend-url.js";
import { forgetToken, readConfig, saveBackend, saveToken } from "../lib/config.js";
import { FakeStorageArea } from "./fake-storage.js";

test("a fresh install talks to the local server and is signed out", async () => {
  assert.deepEqual(await readConfig(new FakeStorageArea()), {
    backendUrl: DEFAULT_BACKEND,
    token: null,
    email: null,
    mode: null,
  });
});

test("a token is stored for the backend it came from", async () => {
  const area = new FakeStorageArea();
  await saveBackend(area, "http://127.0.0.1:9100");
  await saveToken(area, { token: " abc123 ", mode: "local" });
  const config = await readConfig(area);
  assert.equal(config.backendUrl, "http://127.0.0.1:9100");
  assert.equal(config.token, "abc123");
  assert.equal(config.mode, "local");
});

test("moving to another backend forgets the token, so it is never sent elsewhere", async () => {
  const area = new FakeStorageArea();
  await saveBackend(area, "http://127.0.0.1:9100");
  await saveToken(area, { token: "secret", mode: "local" });
  await saveBackend(area, "https://tactful.example.com");
  assert.equal((await readConfig(area)).token, null);
  assert.equal("auth" in area.items, false);
});

test("saving the same backend again keeps the sign-in", async () => {
  const area = new FakeStorageArea();
  await saveBackend(area, "http://127.0.0.1:9100");
  await saveToken(area, { token: "secret", mode: "local" });
  await saveBackend(area, "http://127.0.0.1:9100/");
  assert.equal((await readConfig(area)).token, "secret");
});

test("a token stored for another backend is not used", async () => {
  const area = new FakeStorageArea({
    backendUrl: "http://127.0.0.1:8765",
    auth: { backendUrl: "https://old.example", token: "t" },
  });
  assert.equal((await readConfig(area)).token, null);
});

test("a pasted token with spaces inside is refused", async () => {
  await assert.rejects(saveToken(new FakeStorageArea(), { token: "two words", mode: "local" }), {
    code: "invalid_token",
  });
  await assert.rejects(saveToken(new FakeStorageArea(), { token: "  ", mode: "local" }), { code: "invalid_token" });
});

test("signing out forgets the token", async () => {
  const area = new FakeStorageArea();
  await saveToken(area, { token: "secret", email: "jo@example.net", mode: "google" });
  assert.equal((await readConfig(area)).email, "jo@example.net");
  await forgetToken(area);
  assert.equal((await readConfig(area)).token, null);
});
