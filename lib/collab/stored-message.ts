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
 * What the server has acknowledged as stored, accumulated over every "stored" message (durable stays durable,
 * across reconnects too). A document is stored when every insertion and every deletion in it is covered.
 */
export class StoredState {
  private sv = new Map<number, number>();
  private ds = Y.mergeDeleteSets([]);

  /** Adds an acknowledged snapshot. */
  add(snapshot: Y.Snapshot): void {
    for (const [client, clock] of snapshot.sv) if ((this.sv.get(client) ?? 0) < clock) this.sv.set(client, clock);
    this.ds = Y.mergeDeleteSets([this.ds, snapshot.ds]);
  }

  /** Whether every change in the document (insertions and deletions) is covered by what was acknowledged. */
  covers(doc: Y.Doc): boolean {
    // The state vector first: it is cheap, and usually what is not yet covered. The delete set walks the document.
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) if ((this.sv.get(client) ?? 0) < clock) return false;
    // Merging a covered delete set into the acknowledged one (kept merged) leaves it as it was.
    return Y.equalDeleteSets(this.ds, Y.mergeDeleteSets([this.ds, Y.createDeleteSetFromStructStore(doc.store)]));
  }
}
