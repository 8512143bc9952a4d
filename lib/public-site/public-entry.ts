import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { baseSecurityHeaders } from "@/lib/http/security-headers";

/** A stored public response: its bytes (compressed variants made once, on first use) and fixed headers. */
export interface PublicEntry {
  status: number;
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
  /** Shared by entries with the same bytes. */
  variants: { gzip?: Buffer; br?: Buffer };
}

export const PUBLIC_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "public, max-age=0, must-revalidate";

const htmlHeaders = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": PUBLIC_CSP,
  ...baseSecurityHeaders({ https: false }),
};

const types: Record<string, string> = {
  html: "text/html; charset=utf-8",
  json: "application/json; charset=utf-8",
  css: "text/css; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  bibtex: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
  "csl-json": "application/vnd.citationstyles.csl+json; charset=utf-8",
  text: "text/plain; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Builds an entry; the ETag is the given content hash, or the SHA-256 of the bytes. */
export function makeEntry({ kind, body, cacheControl, etag, status = 200, filename }: { kind: keyof typeof types; body: string | Buffer; cacheControl: string; etag?: string; status?: number; filename?: string }): PublicEntry {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const headers: Record<string, string> = {
    ...(kind === "html" ? htmlHeaders : { "content-type": types[kind]!, "x-content-type-options": "nosniff", "content-security-policy": PUBLIC_CSP }),
    "cache-control": cacheControl,
    vary: "Accept-Encoding",
  };
  if (kind === "json") headers["access-control-allow-origin"] = "*";
  if (filename) headers["content-disposition"] = `${kind === "docx" ? "attachment" : "inline"}; filename="${filename}"`;
  return { status, body: bytes, etag: `"${etag ?? createHash("sha256").update(bytes).digest("hex").slice(0, 32)}"`, headers, variants: {} };
}

/** The same bytes under another Cache-Control (the newest-version address shares the version's bytes). */
export function withCacheControl(entry: PublicEntry, cacheControl: string): PublicEntry {
  return { ...entry, headers: { ...entry.headers, "cache-control": cacheControl } };
}

/** The strong ETag of one representation: the entry's tag for identity bytes, the tag with `-br` / `-gzip` for compressed ones. */
export function representationTag(etag: string, encoding: string | null): string {
  return encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

/** The compressed body for an Accept-Encoding header (brotli, then gzip), made once and kept. */
export function encoded(entry: PublicEntry, acceptEncoding: string | undefined): { body: Buffer; encoding: string | null } {
  if (!acceptEncoding || entry.body.length < 1024) return { body: entry.body, encoding: null };
  if (/\bbr\b(?!;q=0(\.0*)?\b)/.test(acceptEncoding)) {
    entry.variants.br ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } });
    return { body: entry.variants.br, encoding: "br" };
  }
  if (/\bgzip\b(?!;q=0(\.0*)?\b)/.test(acceptEncoding)) {
    entry.variants.gzip ??= gzipSync(entry.body, { level: 9 });
    return { body: entry.variants.gzip, encoding: "gzip" };
  }
  return { body: entry.body, encoding: null };
}
