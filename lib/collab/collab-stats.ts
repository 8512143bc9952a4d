import { authorize, type Actor } from "@/lib/auth/policies";
import { AppError } from "@/lib/errors";
import { services } from "@/lib/server/services";
import type { CollabStats } from "./create-collab-server";

/**
 * What the collaboration server in this process holds: loaded documents by kind, connections, sockets (admins only).
 * @throws ForbiddenError unless the actor may `collab.inspect`; AppError `unavailable:collab` when no server runs in this process
 */
export function readCollabStats(actor: Actor): CollabStats {
  authorize(actor, "collab.inspect");
  const collab = services().collab;
  if (!collab) throw new AppError("unavailable:collab", "No collaboration server runs in this process (a standalone one serves /collab).");
  return collab.stats();
}
