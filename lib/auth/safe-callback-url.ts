/**
 * The callback as a path on the app's own origin, or `/`. Parsing with the URL parser (not prefix
 * checks) catches `/\host` and `/<tab>/host`, which browsers read as another host.
 */
export function safeCallbackUrl(value: unknown, origin: string): string {
  if (typeof value !== "string" || value === "") return "/";
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    return "/";
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  if (!value.startsWith("/") && !value.startsWith(base.origin + "/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
