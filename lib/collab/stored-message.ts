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

/** The stateless payload announcing that everything up to this state vector is in the database. */
export function encodeStoredMessage(stateVector: Uint8Array): string {
  return prefix + toBase64(stateVector);
}

/** The durable state vector of a "stored" stateless payload, or null for any other payload. */
export function parseStoredMessage(payload: string): Map<number, number> | null {
  if (!payload.startsWith(prefix)) return null;
  try {
    return Y.decodeStateVector(fromBase64(payload.slice(prefix.length)));
  } catch {
    return null;
  }
}

/** Whether every change in the document is covered by the durable state vector. */
export function isDocumentStored(doc: Y.Doc, stored: Map<number, number>): boolean {
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if ((stored.get(client) ?? 0) < clock) return false;
  }
  return true;
}
