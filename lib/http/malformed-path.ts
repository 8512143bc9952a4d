/**
 * Whether a request target's path has a percent-escape that does not decode to UTF-8 text (`/api/profiles/%FF%FE`)
 * or decodes to a NUL. Next answers such paths with a bare 500; server.ts answers 400 before Next sees them.
 */
export function isMalformedPath(target: string | undefined): boolean {
  const path = (target ?? "/").split(/[?#]/, 1)[0]!;
  if (!path.includes("%")) return false;
  try {
    return decodeURIComponent(path).includes("\u0000");
  } catch {
    return true;
  }
}
