import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeHandleMessagePayload,
  Extension,
  onChangePayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { CollabContext } from "../collab-context";
import { CloseEvents } from "../close-events";

const messageSync = 0;
const syncStep2 = 1;
const syncUpdate = 2;

function readVarUint(bytes: Uint8Array, at: { pos: number }): number {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const byte = bytes[at.pos++];
    if (byte === undefined) return -1;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
  return -1;
}

/** Whether a Hocuspocus frame (address, type, sync step) carries document content. */
function isDocumentUpdate(message: Uint8Array): boolean {
  const at = { pos: 0 };
  const addressLength = readVarUint(message, at);
  if (addressLength < 0) return false;
  at.pos += addressLength;
  if (readVarUint(message, at) !== messageSync) return false;
  const step = readVarUint(message, at);
  return step === syncStep2 || step === syncUpdate;
}

/** Caps each document's size: an update that would grow a document beyond `maxDocumentBytes` closes the socket. */
export class Limits implements Extension<CollabContext> {
  extensionName = "Limits";
  priority = 250;
  private readonly sizes = new Map<string, number>();

  constructor(private readonly options: { maxDocumentBytes: number }) {}

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload<CollabContext>): Promise<void> {
    this.sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
  }

  async onChange({ documentName, update }: onChangePayload<CollabContext>): Promise<void> {
    this.sizes.set(documentName, (this.sizes.get(documentName) ?? 0) + update.byteLength);
  }

  /** The running estimate only grows (deletions add bytes too); measure for real once it nears the cap. */
  async onStoreDocument({ documentName, document }: onStoreDocumentPayload<CollabContext>): Promise<void> {
    if ((this.sizes.get(documentName) ?? 0) > this.options.maxDocumentBytes / 2) this.sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
  }

  async beforeHandleMessage({ documentName, update, connection }: beforeHandleMessagePayload<CollabContext>): Promise<void> {
    if (connection.readOnly || !isDocumentUpdate(update)) return;
    if ((this.sizes.get(documentName) ?? 0) + update.byteLength <= this.options.maxDocumentBytes) return;
    const { code, reason } = CloseEvents.DocumentTooLarge;
    connection.webSocket.close(code, reason);
    throw Object.assign(new Error(`${documentName} would exceed ${this.options.maxDocumentBytes} bytes`), { code, reason });
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload): Promise<void> {
    if (!instance.documents.has(documentName)) this.sizes.delete(documentName);
  }
}
