import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { auditLog, users } from "@/lib/db/schema/auth";
import { parseInput } from "@/lib/validation/parse-input";
import { auditFiltersSchema } from "./schemas";

/**
 * Audit rows, newest first, filtered by profile (the profile, its sections, its published versions — publish and
 * gate override — and anything recording one of its sections), user, action (prefix) and date range (inclusive days, UTC). Admins only.
 * @throws ForbiddenError, AppError naming a bad filter
 */
export async function listAudit({ actor, db, filters, limit = 200 }: { actor: Actor; db: Executor; filters: unknown; limit?: number }) {
  authorize(actor, "audit.read");
  const f = parseInput(auditFiltersSchema, filters);
  const where: SQL[] = [];
  if (f.user) where.push(eq(auditLog.actorId, f.user));
  if (f.action) where.push(sql`${auditLog.action} like ${`${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.from) where.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  if (f.profile) {
    const code = f.profile.toUpperCase();
    where.push(sql`(
      ${auditLog.subjectId} in (select id::text from profiles where country_code = ${code})
      or ${auditLog.subjectId} in (select s.id::text from sections s join profiles p on p.id = s.profile_id where p.country_code = ${code})
      or ${auditLog.subjectId} in (select v.id::text from profile_versions v join profiles p on p.id = v.profile_id where p.country_code = ${code})
      or (${auditLog.data} is not null and ${auditLog.data} like '{%' and (${auditLog.data}::jsonb ->> 'sectionId') in (select s.id::text from sections s join profiles p on p.id = s.profile_id where p.country_code = ${code}))
    )`);
  }
  return db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, subjectType: auditLog.subjectType, subjectId: auditLog.subjectId, reason: auditLog.reason, data: auditLog.data, actorName: users.name, actorId: auditLog.actorId })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at))
    .limit(limit);
}
