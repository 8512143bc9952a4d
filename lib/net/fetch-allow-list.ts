import ipaddr from "ipaddr.js";
import { addressRange } from "./address-range";

/** Loopback address:port pairs the safe fetcher may reach despite the address rules (tests only). */
export type FetchAllowList = ReadonlySet<string>;

export const allowKey = (address: string, port: number) => `${ipaddr.parse(address.replace(/^\[|\]$/g, "")).toNormalizedString()}#${port}`;

/**
 * Parses FOLIO_FETCH_ALLOW: comma-separated `127.0.0.1:PORT` or `[::1]:PORT` entries. Only loopback
 * addresses are admitted, so the list can never open a path to a private or public network.
 * @throws Error naming the bad entry
 */
export function parseFetchAllowList(value: string | undefined): FetchAllowList {
  const out = new Set<string>();
  for (const raw of (value ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\[[0-9a-fA-F:.]+\]|[0-9.]+):(\d{1,5})$/.exec(raw);
    const port = m ? Number(m[2]) : NaN;
    if (!m || port < 1 || port > 65535 || !ipaddr.isValid(m[1]!.replace(/^\[|\]$/g, ""))) {
      throw new Error(`entry "${raw}" must be a loopback address and port, e.g. 127.0.0.1:4100 or [::1]:4100`);
    }
    if (addressRange(m[1]!) !== "loopback") throw new Error(`entry "${raw}" is not a loopback address; only loopback test servers may be allow-listed`);
    out.add(allowKey(m[1]!, port));
  }
  return out;
}
