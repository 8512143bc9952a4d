import type { NoteItem } from "@/lib/citations/types";
import type { ApiResult } from "./source-api";

/** The two reads of `GET /api/citations` the footnotes need (injected, so tests need no server). */
export interface CitationLookup {
  /** One page of every citation of the profile. */
  profilePage: (profileId: string, after: string | null) => Promise<ApiResult<{ citations: Record<string, NoteItem[]>; next: string | null }>>;
  /** A few ids (a URL holds a few hundred at most): own ones with their items, the rest in `foreign`. */
  items: (ids: string[], profileId: string) => Promise<ApiResult<{ citations: Record<string, NoteItem[]>; foreign?: string[] }>>;
}

/** At most this many ids go in one `?ids=` URL (100 UUIDs ≈ 3.7 KB, far below the 16 KiB header limit). */
export const IDS_PER_REQUEST = 100;

/**
 * The sources of a profile's citations for numbering and formatting footnotes in the browser. The first request
 * reads the whole profile page by page (no ids in the URL, however many notes); ids seen later (a new footnote, a
 * marker pasted from elsewhere) are asked for in small batches. A failed read is kept as `error` (never silently
 * an empty list) and nothing more is asked until `retry()`.
 */
export class FootnoteSources {
  private readonly known = new Map<string, NoteItem[]>();
  private readonly foreignIds = new Set<string>();
  private readonly pending = new Set<string>();
  private profile: "unread" | "reading" | "read" = "unread";
  private failure: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly profileId: string,
    private readonly api: CitationLookup,
  ) {}

  /** Called whenever something arrives or fails. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  items(citationId: string): NoteItem[] | undefined {
    return this.known.get(citationId);
  }

  isForeign(citationId: string): boolean {
    return this.foreignIds.has(citationId);
  }

  /** Why the last read failed, in words for the user; null when nothing failed. */
  get error(): string | null {
    return this.failure;
  }

  /** Whether every id in `ids` is known (its items, or as foreign). */
  complete(ids: Iterable<string>): boolean {
    for (const id of ids) if (!this.known.has(id) && !this.foreignIds.has(id)) return false;
    return true;
  }

  /** Asks the server for whatever of `ids` is not known or on its way yet. */
  want(ids: Iterable<string>): void {
    if (this.failure) return;
    if (this.profile === "unread") {
      void this.readProfile();
      return;
    }
    if (this.profile === "reading") return;
    const unknown = [...new Set(ids)].filter((id) => !this.known.has(id) && !this.foreignIds.has(id) && !this.pending.has(id));
    for (let i = 0; i < unknown.length; i += IDS_PER_REQUEST) void this.readIds(unknown.slice(i, i + IDS_PER_REQUEST));
  }

  /** Drops what is known of one citation (its sources were edited in place), so the next `want` reads it again. */
  forget(citationId: string): void {
    this.known.delete(citationId);
    this.notify();
  }

  /** Clears a failure so the next `want` asks again. */
  retry(): void {
    if (this.failure === null) return;
    this.failure = null;
    this.notify();
  }

  private fail(error: string): void {
    this.failure = error;
    this.notify();
  }

  private async readProfile(): Promise<void> {
    this.profile = "reading";
    let after: string | null = null;
    do {
      const r = await this.api.profilePage(this.profileId, after);
      if (!r.ok) {
        this.profile = "unread";
        return this.fail(r.error);
      }
      for (const [id, items] of Object.entries(r.data.citations)) this.known.set(id, items);
      after = r.data.next;
    } while (after);
    this.profile = "read";
    this.notify();
  }

  private async readIds(ids: string[]): Promise<void> {
    for (const id of ids) this.pending.add(id);
    const r = await this.api.items(ids, this.profileId);
    for (const id of ids) this.pending.delete(id);
    if (!r.ok) return this.fail(r.error);
    const foreign = new Set(r.data.foreign ?? []);
    for (const id of ids) {
      if (foreign.has(id)) this.foreignIds.add(id);
      else this.known.set(id, r.data.citations[id] ?? []);
    }
    this.notify();
  }
}
