import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";
import type { DomainEvent } from "./domain-event";
import { EVENTS_CHANNEL, notificationPayload } from "./events-channel";
import { hasHandlers } from "./handlers";

/**
 * Records what a command did: the event is its audit row (`action` = type, `data` = payload), written in the
 * command's transaction. When something reacts to this type (./handlers.ts), a NOTIFY carrying the event (or, for
 * one too long for a notification, the row's id) is queued in the same transaction: PostgreSQL (and PGlite) deliver it to every listening instance only if the
 * transaction commits, so handlers run after commit and never for a rolled-back change. Returns the row's id.
 */
export async function recordEvent(tx: Executor, event: DomainEvent): Promise<string> {
  const [row] = await tx
    .insert(auditLog)
    .values({
      actorId: event.actorId,
      action: event.type,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      reason: event.reason ?? null,
      data: event.data ? JSON.stringify(event.data) : null,
    })
    .returning({ id: auditLog.id, at: auditLog.at });
  if (hasHandlers(event.type)) await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${notificationPayload({ ...event, id: row!.id, at: row!.at })})`);
  return row!.id;
}
