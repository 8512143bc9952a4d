import { describe, expect, it } from "vitest";
import type { NoteItem } from "@/lib/citations/types";
import { waitFor } from "@/lib/test/node-client";
import { FootnoteSources, IDS_PER_REQUEST, type CitationLookup } from "./footnote-sources";
import type { ApiResult } from "./source-api";

const item = (title: string): NoteItem[] => [{ source: { key: title, title }, accessed: null, pinpoint: null, archiveUrl: null }];
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A server holding `own` citations of the profile (and `elsewhere` of another), recording what it is asked. */
function fakeServer(own: string[], { pageSize = 1000, elsewhere = [] as string[] } = {}) {
  const calls: { kind: "page" | "ids"; after?: string | null; ids?: string[] }[] = [];
  let failing: string | null = null;
  const api: CitationLookup = {
    profilePage: async (_profileId, after) => {
      calls.push({ kind: "page", after });
      if (failing) return { ok: false, error: failing };
      const sorted = [...own].sort();
      const start = after ? sorted.indexOf(after) + 1 : 0;
      const page = sorted.slice(start, start + pageSize);
      const next = start + pageSize < sorted.length ? page.at(-1)! : null;
      return { ok: true, data: { citations: Object.fromEntries(page.map((id) => [id, item(`title ${id}`)])), next } };
    },
    items: async (ids) => {
      calls.push({ kind: "ids", ids });
      if (failing) return { ok: false, error: failing } as ApiResult<never>;
      return { ok: true, data: { citations: Object.fromEntries(ids.filter((id) => own.includes(id)).map((id) => [id, item(`title ${id}`)])), foreign: ids.filter((id) => elsewhere.includes(id)) } };
    },
  };
  return { api, calls, own, fail: (error: string | null) => (failing = error) };
}

describe("FootnoteSources", () => {
  it("reads 5,000 notes of a profile page by page without putting ids in a URL, and every note gets its items", async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => idOf(i));
    const server = fakeServer(ids, { pageSize: 1000 });
    const sources = new FootnoteSources("profile", server.api);
    sources.want(ids);
    await waitFor(() => sources.complete(ids), "every note's sources");
    expect(server.calls.every((c) => c.kind === "page")).toBe(true);
    expect(server.calls).toHaveLength(5);
    expect(ids.every((id) => sources.items(id)?.[0]?.source.title === `title ${id}`)).toBe(true);
    expect(sources.error).toBeNull();
  });

  it("asks for ids seen after the profile was read in batches small enough for a URL, and marks another profile's as foreign", async () => {
    const server = fakeServer([idOf(1)], { elsewhere: [idOf(9000)] });
    const sources = new FootnoteSources("profile", server.api);
    sources.want([idOf(1)]);
    await waitFor(() => sources.complete([idOf(1)]), "the profile read");
    const later = Array.from({ length: 250 }, (_, i) => idOf(2000 + i));
    server.own.push(...later);
    sources.want([idOf(1), ...later, idOf(9000)]);
    await waitFor(() => sources.complete([...later, idOf(9000)]), "the later ids");
    const batches = server.calls.filter((c) => c.kind === "ids");
    expect(batches.map((b) => b.ids!.length)).toEqual([IDS_PER_REQUEST, IDS_PER_REQUEST, 51]);
    expect(sources.isForeign(idOf(9000))).toBe(true);
    expect(sources.items(idOf(2100))?.[0]?.source.title).toBe(`title ${idOf(2100)}`);
  });

  it("keeps a failed read as an error (no empty notes), asks nothing more until retried, then reads again", async () => {
    const server = fakeServer([idOf(1), idOf(2)]);
    server.fail("Request failed (431).");
    const sources = new FootnoteSources("profile", server.api);
    let changes = 0;
    sources.subscribe(() => changes++);
    sources.want([idOf(1), idOf(2)]);
    await waitFor(() => sources.error !== null, "the failure");
    expect(sources.error).toBe("Request failed (431).");
    expect(sources.items(idOf(1))).toBeUndefined();
    expect(sources.complete([idOf(1)])).toBe(false);
    expect(changes).toBe(1);
    const asked = server.calls.length;
    sources.want([idOf(1), idOf(2)]);
    expect(server.calls).toHaveLength(asked);

    server.fail(null);
    sources.retry();
    expect(sources.error).toBeNull();
    sources.want([idOf(1), idOf(2)]);
    await waitFor(() => sources.complete([idOf(1), idOf(2)]), "the retried read");
    expect(sources.items(idOf(2))?.[0]?.source.title).toBe(`title ${idOf(2)}`);
  });
});
