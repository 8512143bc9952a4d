/** The largest server-action body Next reads (next.config.ts `serverActions.bodySizeLimit`): 16 MiB. */
export const MAX_ACTION_BODY_BYTES = 16 * 1024 * 1024;

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/**
 * Why a server-action request is refused before Next runs it, as a status and message, or null to let it through.
 * Next itself aborts an action whose Origin differs from the (forwarded) host, but answers 500; this answers 403.
 * A body larger than Next's limit answers 413 instead of Next's error.
 */
export function serverActionRefusal(request: { method: string; headers: Headers }): { status: number; message: string } | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && (host === null || hostOf(origin) !== host)) return { status: 403, message: "Cross-origin requests are not allowed." };
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_ACTION_BODY_BYTES) return { status: 413, message: "The request is too large (16 MB at most; an imported file may be 10 MB)." };
  return null;
}
