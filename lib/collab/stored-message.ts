import * as Y from "yjs";

const prefix = "stored:";

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * The stateless payload announcing that everything in this Yjs snapshot (state vector and delete set) is in the
 * database. The delete set matters: a deletion-only change does not advance the state vector.
 */
export function encodeStoredMessage(snapshot: Uint8Array): string {
  return prefix + toBase64(snapshot);
}

/** The durable snapshot of a "stored" stateless payload, or null for any other payload. */
export function parseStoredMessage(payload: string): Y.Snapshot | null {
  if (!payload.startsWith(prefix)) return null;
  try {
    return Y.decodeSnapshot(fromBase64(payload.slice(prefix.length)));
  } catch {
    return null;
  }
}

/** The encoded snapshot of a document as it is now (what a "stored" message carries). */
export function encodeDocumentSnapshot(doc: Y.Doc): Uint8Array {
  return Y.encodeSnapshot(Y.snapshot(doc));
}

/**
 * Whether this device's own changes are stored: what the server acknowledged ("stored" messages, accumulated, so
 * durable stays durable across reconnects too) against what this device changed itself (`follow`: typed,
 * undone, restored from its offline copy; everything not received from the server). The server tells a
 * connection only of writes that hold its own changes, so a reader in a busy section is never left waiting.
 */
export class StoredState {
  private sv = new Map<number, number>();
  private ds = Y.mergeDeleteSets([]);
  /** The clocks this device's own insertions reach, per Yjs client, and its own deletions, until acknowledged. */
  private own = new Map<number, number>();
  private ownDs = Y.mergeDeleteSets([]);

  /** Adds an acknowledged snapshot. */
  add(snapshot: Y.Snapshot): void {
    for (const [client, clock] of snapshot.sv) if ((this.sv.get(client) ?? 0) < clock) this.sv.set(client, clock);
    this.ds = Y.mergeDeleteSets([this.ds, snapshot.ds]);
  }

  /** Counts every later transaction of `doc` not applied with origin `server` (the provider) as this device's own. */
  follow(doc: Y.Doc, server: unknown): void {
    doc.on("afterTransaction", (tr: Y.Transaction) => {
      if (tr.origin !== server) this.noteLocal(tr);
    });
  }

  private noteLocal(tr: Y.Transaction): void {
    for (const [client, clock] of tr.afterState) if ((tr.beforeState.get(client) ?? 0) < clock && (this.own.get(client) ?? 0) < clock) this.own.set(client, clock);
    if (tr.deleteSet.clients.size > 0) this.ownDs = Y.mergeDeleteSets([this.ownDs, tr.deleteSet]);
  }

  /** Whether every insertion and deletion this device made is covered by what was acknowledged. */
  covers(): boolean {
    for (const [client, clock] of this.own) if ((this.sv.get(client) ?? 0) < clock) return false;
    // Merging a covered delete set into the acknowledged one (kept merged) leaves it as it was.
    if (this.ownDs.clients.size > 0 && !Y.equalDeleteSets(this.ds, Y.mergeDeleteSets([this.ds, this.ownDs]))) return false;
    // Covered stays covered: what is acknowledged only grows, so there is nothing left to check against.
    this.own.clear();
    this.ownDs = Y.mergeDeleteSets([]);
    return true;
  }
}
