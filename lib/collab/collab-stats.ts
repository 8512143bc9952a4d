import { authorize, type Actor } from "@/lib/auth/policies";
import { AppError } from "@/lib/errors";
import type { CollabStats } from "./create-collab-server";

type StatsSource = () => CollabStats;

const key = Symbol.for("folio.collabStats");
type GlobalWithStats = typeof globalThis & { [key]?: StatsSource };

/** The collaboration server in this process registers how to read what it holds (server.ts). */
export function registerCollabStats(source: StatsSource | undefined): void {
  (globalThis as GlobalWithStats)[key] = source;
}

/**
 * What the collaboration server in this process holds: loaded documents by kind, connections, sockets (admins only).
 * @throws ForbiddenError unless the actor may `collab.inspect`; AppError `unavailable:collab` when no server runs in this process
 */
export function readCollabStats(actor: Actor): CollabStats {
  authorize(actor, "collab.inspect");
  const source = (globalThis as GlobalWithStats)[key];
  if (!source) throw new AppError("unavailable:collab", "No collaboration server runs in this process (a standalone one serves /collab).");
  return source();
}
