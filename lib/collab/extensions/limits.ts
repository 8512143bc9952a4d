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
import { frameKind } from "../frame-kind";

/** Caps each document's size: any update-carrying frame (Sync or SyncReply) that would grow a document beyond `maxDocumentBytes` closes the socket. */
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
    if (connection.readOnly || frameKind(update) !== "update") return;
    if ((this.sizes.get(documentName) ?? 0) + update.byteLength <= this.options.maxDocumentBytes) return;
    const { code, reason } = CloseEvents.DocumentTooLarge;
    connection.webSocket.close(code, reason);
    throw Object.assign(new Error(`${documentName} would exceed ${this.options.maxDocumentBytes} bytes`), { code, reason });
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload): Promise<void> {
    if (!instance.documents.has(documentName)) this.sizes.delete(documentName);
  }
}
