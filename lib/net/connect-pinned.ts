import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";

export interface ConnectTarget {
  url: URL;
  /** The checked address: the socket goes here and nowhere else (no second DNS lookup). */
  address: string;
  family: 4 | 6;
  port: number;
  method: "GET" | "HEAD";
  headers: Record<string, string>;
  signal: AbortSignal;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: AsyncIterable<Uint8Array>;
  destroy(): void;
}

export type Connect = (target: ConnectTarget) => Promise<RawResponse>;

/** Opens an HTTP(S) request to the pinned address, keeping the URL's host for the Host header and TLS (SNI, certificate). */
export const connectPinned: Connect = (target) =>
  new Promise((resolve, reject) => {
    const { url, address, family } = target;
    const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (options?.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    }) as unknown as LookupFunction;
    const mod = url.protocol === "https:" ? https : http;
    const req = mod.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ""),
      port: target.port,
      path: `${url.pathname}${url.search}`,
      method: target.method,
      headers: target.headers,
      lookup,
      agent: false,
      signal: target.signal,
    });
    req.once("response", (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, destroy: () => res.destroy() }));
    req.once("error", reject);
    req.end();
  });
