"use client";

import { clsx } from "clsx";
import type { ConnectionState } from "./collab-session";

/** Connection and save state in words; "Saved" only once the server has stored every local change. */
export function ConnectionStatus({ connection, loaded, saved, readOnly }: { connection: ConnectionState; loaded: boolean; saved: boolean; readOnly: boolean }) {
  let label: string;
  let tone: "ok" | "busy" | "warn";
  if (connection === "offline") {
    label = readOnly ? "Offline" : "Offline — changes kept locally";
    tone = "warn";
  } else if (connection === "connecting" || !loaded) {
    label = "Connecting…";
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
    <p role="status" aria-live="polite" data-testid="connection-status" className="flex items-center gap-2 text-sm text-slate-700">
      <span aria-hidden="true" className={clsx("inline-block h-2 w-2 rounded-full", tone === "ok" && "bg-green-600", tone === "busy" && "bg-amber-500", tone === "warn" && "bg-red-600")} />
      {label}
    </p>
  );
}
