import * as decoding from "lib0/decoding";

/** Hocuspocus message types (the number after a frame's document address). */
const MessageType = { Sync: 0, Awareness: 1, SyncReply: 4 } as const;
/** y-protocols sync steps. */
const SyncStep = { Step2: 1, Update: 2 } as const;

export type FrameKind = "update" | "awareness" | "other";

/**
 * What a Hocuspocus frame (address, type, …) carries: "update" for every frame whose content is applied to the
 * document (sync step 2 and update, sent as Sync or as SyncReply), "awareness", or "other" (also when malformed).
 */
export function frameKind(frame: Uint8Array): FrameKind {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Awareness) return "awareness";
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return "other";
    const step = decoding.readVarUint(decoder);
    return step === SyncStep.Step2 || step === SyncStep.Update ? "update" : "other";
  } catch {
    return "other";
  }
}

/** The Yjs update an update-carrying frame (sync step 2 or update, as Sync or SyncReply) holds, or null for any other or malformed frame. */
export function frameUpdate(frame: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
    const step = decoding.readVarUint(decoder);
    return step === SyncStep.Step2 || step === SyncStep.Update ? decoding.readVarUint8Array(decoder) : null;
  } catch {
    return null;
  }
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
