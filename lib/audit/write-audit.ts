import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/** Appends one audit row; call it inside the transaction of the change it records. */
export async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    reason: entry.reason ?? null,
    data: entry.data ? JSON.stringify(entry.data) : null,
  });
}
