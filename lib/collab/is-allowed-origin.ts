/**
 * Whether a WebSocket upgrade may proceed given its Origin: same host as the request, or one of `allowed`.
 * A missing Origin is not a browser, so it carries no ambient cookie to hijack; it still has to authenticate.
 */
export function isAllowedOrigin({ origin, host, allowed }: { origin: string | undefined; host: string | undefined; allowed: readonly string[] }): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (host && url.host === host.toLowerCase()) return true;
  return allowed.some((a) => {
    try {
      return new URL(a).origin === url.origin;
    } catch {
      return false;
    }
  });
}
