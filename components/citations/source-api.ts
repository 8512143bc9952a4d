import type { SourceSummary } from "@/lib/citations/queries";
import type { NoteItem } from "@/lib/citations/types";

/** A registry source a new one may duplicate (a 409 from POST /api/sources names them). */
export type DuplicateSource = SourceSummary & { reason: "url" | "doi" | "title" };

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: string; field?: string; duplicates?: DuplicateSource[] };

async function call<T>(url: string, init?: RequestInit): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
    // A 431 from Node's HTTP parser or a proxy's error page is not JSON: still say what happened.
    const body = (await res.json().catch(() => null)) as (T & { error?: string; field?: string; duplicates?: DuplicateSource[] }) | null;
    if (body === null) return { ok: false, error: `Folio answered ${res.status} without readable data. Try again in a moment.` };
    return res.ok ? { ok: true, data: body } : { ok: false, error: body.error ?? `Request failed (${res.status}).`, field: body.field, duplicates: body.duplicates };
  } catch {
    return { ok: false, error: "Folio could not be reached. Check your connection and try again." };
  }
}

export const sourceApi = {
  search: (q: string) => call<{ sources: SourceSummary[] }>(`/api/sources?q=${encodeURIComponent(q)}`),
  add: (input: Record<string, unknown>) => call<{ sources: SourceSummary[] }>("/api/sources", { method: "POST", body: JSON.stringify(input) }),
  cite: (input: { sectionId: string; items: { sourceId: string; accessed: string | null; pinpoint: string | null }[] }) =>
    call<{ citationId: string }>("/api/citations", { method: "POST", body: JSON.stringify(input) }),
  editCitation: (citationId: string, input: { accessed?: string; pinpoint?: string | null; position?: number }) =>
    call<{ id: string; accessed: string | null; pinpoint: string | null }>(`/api/citations/${encodeURIComponent(citationId)}`, { method: "PATCH", body: JSON.stringify(input) }),
  items: (ids: string[], profileId: string) =>
    call<{ citations: Record<string, NoteItem[]>; foreign?: string[] }>(`/api/citations?ids=${ids.join(",")}&profile=${encodeURIComponent(profileId)}`),
  profilePage: (profileId: string, after: string | null) =>
    call<{ citations: Record<string, NoteItem[]>; next: string | null }>(`/api/citations?profile=${encodeURIComponent(profileId)}${after ? `&after=${encodeURIComponent(after)}` : ""}`),
};
