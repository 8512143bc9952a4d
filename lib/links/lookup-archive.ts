import { z } from "zod";
import { safeFetch, type SafeFetchOptions } from "@/lib/net/safe-fetch";
import { SafeFetchError } from "@/lib/net/safe-fetch-error";

export interface ArchiveEndpoints {
  /** A Wayback CDX server, e.g. https://web.archive.org/cdx/search/cdx */
  cdxUrl: string;
  /** Where captures are replayed, e.g. https://web.archive.org/web */
  replayUrl: string;
}

const cdxRows = z.array(z.array(z.string()));

/**
 * The newest archived capture (HTTP 200) of a URL, through the CDX API (steadier than the availability
 * API, which sometimes answers empty), fetched like everything else through safeFetch. Null when none.
 */
export async function lookupArchive(url: string, endpoints: ArchiveEndpoints, options: Omit<SafeFetchOptions, "method"> = {}): Promise<string | null> {
  const query = new URL(endpoints.cdxUrl);
  query.searchParams.set("url", url);
  query.searchParams.set("output", "json");
  query.searchParams.set("filter", "statuscode:200");
  query.searchParams.set("fl", "timestamp,original");
  query.searchParams.set("limit", "-1");
  try {
    const res = await safeFetch(query.href, { ...options, method: "GET", maxBytes: 256 * 1024 });
    if (res.status !== 200 || res.truncated) return null;
    const parsed = cdxRows.safeParse(JSON.parse(res.body.toString("utf8") || "[]"));
    if (!parsed.success || parsed.data.length < 2) return null;
    const last = parsed.data[parsed.data.length - 1]!;
    const [timestamp, original] = last;
    if (!timestamp || !/^\d{4,14}$/.test(timestamp) || !original) return null;
    return `${endpoints.replayUrl.replace(/\/$/, "")}/${timestamp}/${original}`;
  } catch (e) {
    if (e instanceof SafeFetchError || e instanceof SyntaxError) return null;
    throw e;
  }
}
