"use client";

import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as Y from "yjs";
import { RefusalReasons } from "@/lib/collab/close-events";
import { profileChannelName, sectionDocumentName } from "@/lib/collab/document-name";
import { parseStoredMessage, StoredState } from "@/lib/collab/stored-message";
import { userColor } from "@/lib/collab/user-color";
import { citationOrdersRequest, parseCitationOrdersMessage, type CitationOrders } from "@/lib/collab/citation-orders-message";
import { parseReviewStatusMessage, reviewStatusEvent } from "@/lib/collab/review-status-message";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { offlineDatabaseName, OfflineStore } from "./offline-store";
import { refusedChangeMessage } from "./refused-change";
import { SendAfterPaint } from "./send-after-paint";

/** How long every change must have been stored before the chip says "Saved". */
const SAVED_SETTLE_MS = 500;
/** How long the section's sync waits for this device's copy before it starts without it. */
const DEVICE_COPY_WAIT_MS = 5_000;
/** The longest a change waits to be sent when the page draws no frame (a hidden tab); otherwise it goes after the next one. */
const SEND_FALLBACK_MS = 100;

export type ConnectionState = "connecting" | "connected" | "offline";
export type CitationOrdersState = "live" | "last-known" | "none";

/**
 * Where this editor's changes are: a separate store from the snapshot because it changes with every keystroke
 * (unsaved, then saved on the device, then stored): only the save-state chip renders again, not the editor page.
 */
export interface SaveState {
  /** Every local change is in the server's database. */
  saved: boolean;
  /** Every local change is in this browser's IndexedDB (survives a reload or closed tab). */
  savedOnDevice: boolean;
}

/** What the editor UI renders; a new object whenever anything in it changes (but the save state: see SaveState). */
export interface CollabSnapshot {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The profile's channel: presence, every section's stored citation order, review-status changes. */
  presence: HocuspocusProvider;
  /** Other sections' citation orders as the channel last told them (one object, filled in place). */
  citationOrders: CitationOrders;
  /**
   * How far `citationOrders` can be trusted: "live" (the channel answered since it last connected), "last-known"
   * (kept with this device's copy, or from before a disconnect: numbers may be out of date) or "none" yet.
   */
  citationOrdersState: CitationOrdersState;
  connection: ConnectionState;
  /** The server's copy has arrived at least once, or this device's copy (with content) has, so the editor may render. */
  loaded: boolean;
  /** The server refused a change: the session has stopped (no reconnect) until the page is reloaded. */
  stopped: boolean;
  /** The save state, as its own external store (for useSyncExternalStore). */
  saveState: { subscribe: (listener: () => void) => () => void; get: () => SaveState };
  /** Drops this device's copy and loads the section from the server again (the way out of `stopped`). */
  reloadFromServer: () => Promise<void>;
  /**
   * Whether leaving the page now could lose a local change (read at the moment of leaving): true unless every
   * change is stored, or the server has received every change and this device's copy holds it too (the server
   * stores what it received within moments; should it fail to, the device copy merges when the section is next
   * opened here).
   */
  wouldLoseWork: () => boolean;
  readOnly: boolean;
  /** Why the server refused or closed the document, in words for the user. */
  problem: string | null;
}

function describeRefusal(reason: string): string {
  switch (reason) {
    case RefusalReasons.Unauthenticated:
      return "Your session has ended. Sign in again to keep editing.";
    case RefusalReasons.Forbidden:
      return "You no longer have access to this section.";
    case RefusalReasons.NotFound:
      return "This section no longer exists.";
    default:
      return "The section could not be loaded. Nothing was changed; try again in a moment.";
  }
}

/**
 * One section's connection to /collab (plus its profile's channel), as an external store for
 * useSyncExternalStore: start() and stop() follow the component's effect, so StrictMode's remount is safe.
 */
export class CollabSession {
  private snapshot: CollabSnapshot | null = null;
  private saveState: SaveState = { saved: true, savedOnDevice: true };
  private readonly listeners = new Set<() => void>();
  private readonly saveListeners = new Set<() => void>();
  private teardown: (() => void) | null = null;
  private offline: OfflineStore | null = null;

  constructor(private readonly options: { sectionId: string; profileId: string; user: { id: string; name: string } }) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CollabSnapshot | null => this.snapshot;

  subscribeSaveState = (listener: () => void): (() => void) => {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  };

  getSaveState = (): SaveState => this.saveState;

  private update(patch: Partial<CollabSnapshot>): void {
    if (!this.snapshot) return;
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private updateSaveState(patch: Partial<SaveState>): void {
    if (!this.snapshot) return;
    const next = { ...this.saveState, ...patch };
    if (next.saved === this.saveState.saved && next.savedOnDevice === this.saveState.savedOnDevice) return;
    this.saveState = next;
    for (const listener of this.saveListeners) listener();
  }

  private reloadFromServer = async (): Promise<void> => {
    await this.offline?.clear();
    window.location.reload();
  };

  start(): void {
    if (this.teardown) return;
    const { sectionId, profileId, user } = this.options;
    performance.mark("folio:collab-start");
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url, maxDelay: 5_000 });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: sectionDocumentName(sectionId), document: doc });
    const send = new SendAfterPaint(provider, doc, SEND_FALLBACK_MS);
    const presence = new HocuspocusProvider({ websocketProvider: socket, name: profileChannelName(profileId) });
    const self = { id: user.id, name: user.name, color: userColor(user.id) };
    provider.setAwarenessField("user", self);
    presence.setAwarenessField("user", self);
    presence.setAwarenessField("sectionId", sectionId);
    const stored = new StoredState();
    const offline = new OfflineStore(offlineDatabaseName(user.id, sectionId), doc, () => {
      const hasLocalCopy = offline.loaded && doc.getXmlFragment(FRAGMENT).length > 0;
      const becameLoaded = hasLocalCopy && this.snapshot !== null && !this.snapshot.loaded;
      // Called after every write to IndexedDB (each keystroke): a new snapshot only when something shown changes.
      this.updateSaveState({ savedOnDevice: offline.savedOnDevice });
      if (becameLoaded) this.update({ loaded: true });
    });
    this.offline = offline;
    // "Saved" speaks of this device's own changes: everything not received from the server (typed, undone,
    // restored from the offline copy). The server acknowledges a write to the connections whose changes it holds.
    const isSaved = () => provider.isSynced && !provider.hasUnsyncedChanges && stored.covers();
    stored.follow(doc, provider);
    // "Saved" is said once the last change has been stored for SAVED_SETTLE_MS, so while someone types the chip
    // stays at "Saving…" instead of flipping (and repainting) with every keystroke; it never says "Saved" early.
    let settle: ReturnType<typeof setTimeout> | undefined;
    const refreshSaved = () => {
      clearTimeout(settle);
      if (!isSaved()) this.updateSaveState({ saved: false });
      else if (!this.saveState.saved) settle = setTimeout(() => this.updateSaveState({ saved: isSaved() }), SAVED_SETTLE_MS);
    };
    const wouldLoseWork = () => {
      const now = this.snapshot;
      if (!now || this.saveState.saved || now.stopped) return false;
      const received = !send.pending && provider.isSynced && !provider.hasUnsyncedChanges;
      return !(received && offline.savedOnDevice);
    };
    // An own change is unsaved until a "stored" acknowledgement covers it; coverage is checked on
    // acknowledgements, not on every keystroke. Other people's changes, received, leave "Saved" as it is.
    const markChanged = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) return;
      clearTimeout(settle);
      this.updateSaveState({ saved: false });
    };

    // The socket's own status: the section's provider attaches later (below) and would miss an earlier "connected".
    socket.on("status", ({ status }: { status: string }) => {
      this.update({ connection: status === "connected" ? "connected" : status === "connecting" ? "connecting" : "offline" });
    });
    provider.on("synced", () => {
      performance.mark("folio:server-synced");
      this.update({ loaded: true, problem: null });
      refreshSaved();
    });
    provider.on("authenticated", ({ scope }: { scope: string }) => this.update({ readOnly: scope === "readonly" }));
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => this.update({ problem: describeRefusal(reason) }));
    provider.on("close", ({ event }: { event: { code: number } }) => {
      const refused = refusedChangeMessage(event.code);
      if (!refused) return;
      // Reconnecting would resend the refused change (and this device's copy would on reload): stop and drop it.
      socket.disconnect();
      void offline.clear();
      this.update({ problem: refused, stopped: true, connection: "offline" });
    });
    provider.on("unsyncedChanges", refreshSaved);
    provider.on("stateless", ({ payload }: { payload: string }) => {
      const snapshot = parseStoredMessage(payload);
      if (!snapshot) return;
      stored.add(snapshot);
      refreshSaved();
    });
    doc.on("update", markChanged);
    const citationOrders: CitationOrders = {};
    // Every (re)sync asks for all orders again: changes broadcast while disconnected were missed.
    presence.on("synced", () => presence.sendStateless(citationOrdersRequest));
    // Disconnected, what the channel said is only the last known numbering until it answers again.
    presence.on("status", ({ status }: { status: string }) => {
      if (status !== "connected" && this.snapshot?.citationOrdersState === "live") this.update({ citationOrdersState: "last-known" });
    });
    presence.on("stateless", ({ payload }: { payload: string }) => {
      const orders = parseCitationOrdersMessage(payload);
      if (orders) {
        Object.assign(citationOrders, orders);
        // Kept with the device copy: opened offline, the section numbers its notes as last known.
        void offline.saveCitationOrders(citationOrders);
        if (this.snapshot?.citationOrdersState !== "live") this.update({ citationOrdersState: "live" });
      }
      const message = parseReviewStatusMessage(payload);
      if (message) window.dispatchEvent(new CustomEvent(reviewStatusEvent, { detail: message }));
    });

    void offline.citationOrders().then((kept) => {
      if (!kept || !this.snapshot || this.snapshot.doc !== doc || this.snapshot.citationOrdersState !== "none") return;
      Object.assign(citationOrders, kept);
      this.update({ citationOrdersState: "last-known" });
    });

    this.snapshot = { doc, provider, presence, citationOrders, citationOrdersState: "none", connection: "connecting", loaded: false, stopped: false, saveState: { subscribe: this.subscribeSaveState, get: this.getSaveState }, reloadFromServer: this.reloadFromServer, wouldLoseWork, readOnly: false, problem: null };
    // The profile's channel opens the socket at once; the section's sync starts once this device's copy is in the
    // document, so the server is asked only for what the copy lacks. Started at once, it was sent the whole section
    // (encoded there, decoded here a second time) and was sent the copy's whole content back.
    let stopped = false;
    const attach = () => {
      clearTimeout(deviceCopyWait);
      if (!stopped && !provider.isAttached) provider.attach();
    };
    const deviceCopyWait = setTimeout(attach, DEVICE_COPY_WAIT_MS);
    void offline.settled.then(attach);
    presence.attach();
    for (const listener of this.listeners) listener();
    this.teardown = () => {
      stopped = true;
      clearTimeout(deviceCopyWait);
      clearTimeout(settle);
      send.stop();
      offline.destroy();
      provider.destroy();
      presence.destroy();
      socket.destroy();
      doc.destroy();
    };
  }

  stop(): void {
    this.teardown?.();
    this.teardown = null;
    this.offline = null;
    this.snapshot = null;
    this.saveState = { saved: true, savedOnDevice: true };
    for (const listener of this.listeners) listener();
    for (const listener of this.saveListeners) listener();
  }
}
