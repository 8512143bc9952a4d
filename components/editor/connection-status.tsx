"use client";

import { useSyncExternalStore } from "react";
import { clsx } from "clsx";
import type { CollabSnapshot, ConnectionState } from "./collab-session";

/**
 * Connection and save state in words: "Saved" only once the server has stored every local change; "saved on this
 * device" only once IndexedDB has committed it. It sits in the editor's sticky bar, so it stays in view while the
 * section scrolls without covering text.
 */
export function ConnectionStatus({ connection, loaded, saveState, readOnly }: { connection: ConnectionState; loaded: boolean; saveState: CollabSnapshot["saveState"]; readOnly: boolean }) {
  // Subscribed here, not in the editor page: the save state changes with every keystroke.
  const { saved, savedOnDevice } = useSyncExternalStore(saveState.subscribe, saveState.get, saveState.get);
  let label: string;
  let tone: "ok" | "busy" | "warn";
  const local = savedOnDevice ? "saved on this device" : "not saved yet";
  if (connection === "offline") {
    label = readOnly || saved ? "Offline" : `Offline — ${local}`;
    tone = "warn";
  } else if (connection === "connecting" || !loaded) {
    label = readOnly || saved || !loaded ? "Connecting…" : `Connecting… — ${local}`;
    tone = "busy";
  } else if (readOnly) {
    label = "Connected · read-only";
    tone = "ok";
  } else if (saved) {
    label = "Saved";
    tone = "ok";
  } else {
    label = "Saving…";
    tone = "busy";
  }
  return (
    <p role="status" aria-live="polite" data-testid="connection-status" className="ml-auto flex items-center gap-2 px-3 py-1 text-sm text-slate-700">
      <span aria-hidden="true" className={clsx("inline-block h-2 w-2 rounded-full", tone === "ok" && "bg-green-600", tone === "busy" && "bg-amber-500", tone === "warn" && "bg-red-600")} />
      {label}
    </p>
  );
}
