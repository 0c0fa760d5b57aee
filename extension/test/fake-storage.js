// An in-memory stand-in for a chrome.storage area (get/set/remove with promises).

export class FakeStorageArea {
  constructor(initial = {}) {
    this.items = structuredClone(initial);
  }

  async get(keys) {
    const wanted = typeof keys === "string" ? [keys] : keys;
    return Object.fromEntries(
      wanted.filter((key) => key in this.items).map((key) => [key, structuredClone(this.items[key])]),
    );
  }

  async set(items) {
    Object.assign(this.items, structuredClone(items));
  }

  async remove(keys) {
    for (const key of typeof keys === "string" ? [keys] : keys) delete this.items[key];
  }
}
