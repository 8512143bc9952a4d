import * as decoding from "lib0/decoding";

/** Hocuspocus message types (the number after a frame's document address). */
const MessageType = { Sync: 0, Awareness: 1, SyncReply: 4 } as const;
/** y-protocols sync steps. */
const SyncStep = { Step2: 1, Update: 2 } as const;

export type FrameKind = "update" | "awareness" | "other";

interface ReadFrame {
  kind: FrameKind;
  /** The Yjs update of an "update" frame. */
  update: Uint8Array | null;
}

/** The last frame read: the extensions that look at a message (limits, character guard, socket limits) read it in turn. */
let last: { frame: Uint8Array; read: ReadFrame } | null = null;

/** An update frame's payload, or null when it is cut short (the frame is still an update frame, refused later). */
function readPayload(decoder: decoding.Decoder): Uint8Array | null {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}

function readFrame(frame: Uint8Array): ReadFrame {
  if (last?.frame === frame) return last.read;
  let read: ReadFrame;
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Awareness) read = { kind: "awareness", update: null };
    else if (type !== MessageType.Sync && type !== MessageType.SyncReply) read = { kind: "other", update: null };
    else {
      const step = decoding.readVarUint(decoder);
      read = step === SyncStep.Step2 || step === SyncStep.Update ? { kind: "update", update: readPayload(decoder) } : { kind: "other", update: null };
    }
  } catch {
    read = { kind: "other", update: null };
  }
  last = { frame, read };
  return read;
}

/**
 * What a Hocuspocus frame (address, type, …) carries: "update" for every frame whose content is applied to the
 * document (sync step 2 and update, sent as Sync or as SyncReply), "awareness", or "other" (also when malformed).
 */
export function frameKind(frame: Uint8Array): FrameKind {
  return readFrame(frame).kind;
}

/** The Yjs update an update-carrying frame (sync step 2 or update, as Sync or SyncReply) holds, or null for any other or malformed frame. */
export function frameUpdate(frame: Uint8Array): Uint8Array | null {
  return readFrame(frame).update;
}

/** The client ids an awareness frame sets or clears (empty when the frame is not awareness or is malformed). */
export function awarenessClientIds(frame: Uint8Array): number[] {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MessageType.Awareness) return [];
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const ids: number[] = [];
    for (let count = decoding.readVarUint(update); count > 0; count--) {
      ids.push(decoding.readVarUint(update));
      decoding.readVarUint(update);
      decoding.readVarString(update);
    }
    return ids;
  } catch {
    return [];
  }
}
