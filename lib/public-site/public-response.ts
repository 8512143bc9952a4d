import { getDb } from "@/lib/db/client";
import { resolvePublic } from "./resolve-public";

/**
 * The same stored public response as a web Response, for when a request reaches Next (the custom server
 * normally answers these paths before Next does).
 */
export async function publicResponse(request: Request): Promise<Response> {
  const entry = await resolvePublic(getDb, new URL(request.url));
  if (!entry) return new Response("Not found", { status: 404 });
  const inm = request.headers.get("if-none-match");
  if (entry.status === 200 && inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === entry.etag)) {
    return new Response(null, { status: 304, headers: { etag: entry.etag, "cache-control": entry.headers["cache-control"]!, vary: "Accept-Encoding" } });
  }
  return new Response(new Uint8Array(entry.body), { status: entry.status, headers: { ...entry.headers, etag: entry.etag } });
}
