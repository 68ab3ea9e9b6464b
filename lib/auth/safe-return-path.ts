// The one check for every return path Accord accepts (sign-in callbackUrl, signInUrl()'s
// returnTo, the organizer workspace's requested path, the sign-in form after signing in).
//
// Browsers drop tab, CR and LF inside URLs and read "\" as "/", so "/<TAB>/evil.example"
// or "/\evil.example" leave the site although they start with "/". The value is therefore
// refused when it holds any control character or a backslash, then parsed as a URL relative
// to a stand-in for the app's own origin: only a result on that same origin is kept, and
// only its path, query and hash, never a scheme or host. Whatever is not a plain same-site
// path gives the fallback, so a bad value never reaches redirect() (no 500 on "%0D%0A").

const OWN_ORIGIN = "https://accord.invalid";
const MAX_LENGTH = 2_000;
// C0 controls, DEL, C1 controls and the Unicode line/paragraph separators.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\\]/;

export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" normalizes to "//evil.example", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//") || UNSAFE.test(path)) return fallback;
  return path;
}
