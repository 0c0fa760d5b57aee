import assert from "node:assert/strict";
import { test } from "node:test";

import { isBuiltInBackend, normalizeBackendUrl, permissionFor } from "../lib/backend-url.js";

test("the local server's address is kept as its origin", () => {
  assert.equal(normalizeBackendUrl(" http://127.0.0.1:8765/ "), "http://127.0.0.1:8765");
  assert.equal(normalizeBackendUrl("http://localhost:9000"), "http://localhost:9000");
});

test("a remote server must use HTTPS", () => {
  assert.throws(() => normalizeBackendUrl("http://tactful.example.com"), { code: "invalid_backend", message: /https/ });
  assert.equal(normalizeBackendUrl("https://tactful.example.com"), "https://tactful.example.com");
});

test("paths, queries, passwords and other schemes are refused", () => {
  for (const text of [
    "https://a.example/api",
    "https://a.example/?x=1",
    "https://u:p@a.example",
    "ftp://a.example",
    "javascript:alert(1)",
    "",
    "not a url",
  ]) {
    assert.throws(() => normalizeBackendUrl(text), { code: "invalid_backend" }, text);
  }
});

test("only a remote backend needs an optional host permission", () => {
  assert.equal(permissionFor("http://127.0.0.1:8765"), null);
  assert.equal(permissionFor("http://localhost:8765"), null);
  assert.equal(permissionFor("https://tactful.example.com:8443"), "https://tactful.example.com:8443/*");
  assert.equal(isBuiltInBackend("https://tactful.example.com"), false);
});
