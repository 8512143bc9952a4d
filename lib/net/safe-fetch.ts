import { lookup } from "node:dns/promises";
import net from "node:net";
import { addressRange } from "./address-range";
import { connectPinned, type Connect, type RawResponse } from "./connect-pinned";
import { allowKey, type FetchAllowList } from "./fetch-allow-list";
import { SafeFetchError } from "./safe-fetch-error";

export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** Per-host pacing hooks: the link checker holds one request at a time per host, ≥ 1 s apart. */
export interface HostPacer {
  acquire(host: string): Promise<void>;
  release(host: string): void;
}

export interface SafeFetchOptions {
  method?: "GET" | "HEAD";
  resolve?: Resolve;
  connect?: Connect;
  allow?: FetchAllowList;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  pacer?: HostPacer;
  headers?: Record<string, string>;
}

export interface SafeFetchResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  finalUrl: string;
  redirects: string[];
  body: Buffer;
  /** The body was longer than maxBytes and was cut there. */
  truncated: boolean;
}

export const SAFE_FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } as const;

const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });
const USER_AGENT = "FolioLinkChecker/1.0 (+citation freshness; one request per site per second)";

function parseTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new SafeFetchError("refused", "not a valid absolute URL", raw, { cause });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new SafeFetchError("refused", `the scheme ${url.protocol} is not allowed (http and https only)`, raw);
  if (url.username || url.password) throw new SafeFetchError("refused", "URLs with credentials are not fetched", raw);
  if (!url.hostname) throw new SafeFetchError("refused", "the URL has no host", raw);
  // RFC 6761: "localhost" and every name under it are loopback, whatever a resolver says (trailing dots included).
  if (/(^|\.)localhost$/i.test(url.hostname.replace(/\.+$/, ""))) throw new SafeFetchError("refused", `${url.hostname} is a localhost name (loopback, RFC 6761)`, raw);
  return url;
}

async function resolveChecked(url: URL, resolve: Resolve, allow: FetchAllowList): Promise<{ address: string; family: 4 | 6; port: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  let addresses: { address: string; family: number }[];
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch (cause) {
      throw new SafeFetchError("dns", `the host ${host} could not be resolved (${(cause as NodeJS.ErrnoException).code ?? "error"})`, url.href, { cause });
    }
    if (addresses.length === 0) throw new SafeFetchError("dns", `the host ${host} has no address`, url.href);
  }
  // Every answer must pass: a resolver mixing public and private answers is refused outright.
  for (const a of addresses) {
    if (allow.has(allowKey(a.address, port))) continue;
    const range = addressRange(a.address);
    if (range !== "unicast") throw new SafeFetchError("refused", `${host} resolves to ${a.address}, a ${range} address`, url.href);
    if (port !== 80 && port !== 443) throw new SafeFetchError("refused", `port ${port} is not allowed (80 and 443 only)`, url.href);
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4, port };
}

async function readBody(res: RawResponse, maxBytes: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    const buf = Buffer.from(chunk);
    if (size + buf.length > maxBytes) {
      chunks.push(buf.subarray(0, maxBytes - size));
      res.destroy();
      return { body: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(buf);
    size += buf.length;
  }
  return { body: Buffer.concat(chunks), truncated: false };
}

/**
 * The only way the server fetches a URL: http(s) only, ports 80/443, every hop's host resolved once and
 * refused if any address is not public (unless allow-listed loopback), the socket pinned to the checked
 * address, ≤ 5 redirects each re-checked, body ≤ 2 MiB, 10 s in total.
 * @throws SafeFetchError (`refused` is thrown before any connection is opened)
 */
export async function safeFetch(raw: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const { method = "GET", resolve = systemResolve, connect = connectPinned, allow = new Set<string>(), pacer } = options;
  const timeoutMs = options.timeoutMs ?? SAFE_FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? SAFE_FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? SAFE_FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const redirects: string[] = [];
  let url = parseTarget(raw);
  try {
    for (;;) {
      const target = await resolveChecked(url, resolve, allow);
      if (controller.signal.aborted) throw new SafeFetchError("timeout", `no complete answer within ${timeoutMs / 1000} s`, url.href);
      const host = url.hostname;
      await pacer?.acquire(host);
      let res: RawResponse;
      let body: { body: Buffer; truncated: boolean } = { body: Buffer.alloc(0), truncated: false };
      try {
        try {
          res = await connect({ url, ...target, method, signal: controller.signal, headers: { "user-agent": USER_AGENT, accept: "*/*", ...options.headers } });
        } catch (cause) {
          if (controller.signal.aborted) throw new SafeFetchError("timeout", `no answer within ${timeoutMs / 1000} s`, url.href, { cause });
          const code = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
          throw new SafeFetchError("connect", `the connection failed (${code})`, url.href, { cause });
        }
        const location = res.headers.location;
        if (res.status >= 300 && res.status < 400 && typeof location === "string") {
          res.destroy();
          if (redirects.length >= maxRedirects) throw new SafeFetchError("too-many-redirects", `more than ${maxRedirects} redirects`, url.href);
          let next: URL;
          try {
            next = parseTarget(new URL(location, url).href);
          } catch (e) {
            if (e instanceof SafeFetchError) throw new SafeFetchError(e.failure, `redirect to ${location}: ${e.reason}`, url.href);
            throw e;
          }
          redirects.push(next.href);
          url = next;
          continue;
        }
        if (method === "GET") {
          try {
            body = await readBody(res, maxBytes);
          } catch (cause) {
            if (controller.signal.aborted) throw new SafeFetchError("timeout", `the body did not arrive within ${timeoutMs / 1000} s`, url.href, { cause });
            throw new SafeFetchError("connect", "the connection broke while reading the body", url.href, { cause });
          }
        } else res.destroy();
      } finally {
        pacer?.release(host);
      }
      return { status: res.status, headers: res.headers, finalUrl: url.href, redirects, ...body };
    }
  } finally {
    clearTimeout(timer);
  }
}
