import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "@/lib/db/client";
import { encoded, representationTag, type PublicEntry } from "./public-entry";
import { resolvePublic } from "./resolve-public";

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

// Each representation (identity, br, gzip) has its own strong tag; a 304 answers only the one this request selects.
function send(req: IncomingMessage, res: ServerResponse, entry: PublicEntry): void {
  const { body, encoding } = encoded(entry, req.headers["accept-encoding"]);
  const etag = representationTag(entry.etag, encoding);
  if (entry.status === 200 && matches(req.headers["if-none-match"], etag)) {
    res.writeHead(304, { etag, "cache-control": entry.headers["cache-control"]!, vary: "Accept-Encoding" });
    res.end();
    return;
  }
  const headers: Record<string, string | number> = { ...entry.headers, etag, "content-length": body.length };
  if (encoding) headers["content-encoding"] = encoding;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Answers public pages and the public API from stored bytes, before Next sees the request: true when
 * it took the request. Cached responses are written synchronously; the first request renders once.
 */
export function servePublic(req: IncomingMessage, res: ServerResponse, db: () => Database): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = new URL(req.url ?? "/", "http://public");
  const result = resolvePublic(db, url);
  if (result === null) return false;
  if (!(result instanceof Promise)) {
    send(req, res, result);
    return true;
  }
  result.then(
    (entry) => send(req, res, entry),
    (err: unknown) => {
      console.error(`folio: public page ${url.pathname} failed: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "5" });
      res.end("The site is briefly unavailable. Try again in a moment.");
    },
  );
  return true;
}
