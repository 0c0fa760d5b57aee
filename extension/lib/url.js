// Addresses that come from outside (pages, the backend, the sign-in redirect) may be anything.

/** The parsed URL, or null when `text` is not an absolute URL. */
export function parseUrl(text) {
  try {
    return new URL(String(text));
  } catch {
    return null;
  }
}
