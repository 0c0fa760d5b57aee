import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";

const root = new URL("../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", root), "utf8"));

test("host permissions cover Gmail and the local server only", () => {
  assert.deepEqual(manifest.host_permissions, [
    "https://mail.google.com/*",
    "http://127.0.0.1/*",
    "http://localhost/*",
  ]);
  assert.deepEqual(manifest.optional_host_permissions, ["https://*/*"]);
  assert.deepEqual(manifest.permissions.sort(), ["identity", "storage"]);
});

test("the content script runs on Gmail only", () => {
  assert.deepEqual(
    manifest.content_scripts.map((script) => script.matches),
    [["https://mail.google.com/*"]],
  );
});

test("the pages' policy allows no script but the extension's own", () => {
  const policy = manifest.content_security_policy.extension_pages;
  assert.match(policy, /(^|; )script-src 'self'(;|$)/);
  assert.match(policy, /object-src 'none'/);
  assert.doesNotMatch(policy, /unsafe-(eval|inline)/);
});

function sourceFiles(folder) {
  return readdirSync(new URL(folder, root), { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|html)$/.test(entry.name))
    .map((entry) => new URL(folder + entry.name, root));
}

test("no page loads remote code and no script builds HTML from strings", () => {
  const files = [...sourceFiles(""), ...sourceFiles("lib/")];
  assert.ok(files.length >= 10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    assert.doesNotMatch(text, /<script[^>]+src=["']https?:/, file.pathname);
    assert.doesNotMatch(text, /innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function/, file.pathname);
  }
});
