import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { requireAbility, toActor } from "@/lib/auth/session";
import { listAudit } from "@/lib/audit/queries";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const input = "rounded border border-slate-300 px-2 py-1";

export default async function AuditPage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireAbility("audit.read");
  const actor = toActor(user);
  const users = await listUsers({ actor, db: getDb() });
  let rows: Awaited<ReturnType<typeof listAudit>> = [];
  let error: string | null = null;
  try {
    rows = await listAudit({ actor, db: getDb(), filters: params });
  } catch (e) {
    if (!isAppError(e)) throw e;
    error = e.message;
  }
  return (
    <article className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" aria-label="Filters" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">Profile (country code)<input name="profile" defaultValue={params.profile ?? ""} className={input} size={4} /></label>
        <label className="flex flex-col gap-1">
          User
          <select name="user" defaultValue={params.user ?? ""} className={input}>
            <option value="">Anyone</option>
            {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">Action<input name="action" defaultValue={params.action ?? ""} placeholder="review." className={input} /></label>
        <label className="flex flex-col gap-1">From<input type="date" name="from" defaultValue={params.from ?? ""} className={input} /></label>
        <label className="flex flex-col gap-1">To<input type="date" name="to" defaultValue={params.to ?? ""} className={input} /></label>
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-white">Filter</button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Audit entries</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left"><th scope="col" className="py-2">When (UTC)</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Subject</th><th scope="col">Reason</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td className="py-1 whitespace-nowrap">{r.at.toISOString().slice(0, 19).replace("T", " ")}</td>
              <td>{r.actorName ?? "system"}</td>
              <td><code>{r.action}</code></td>
              <td className="text-xs">{r.subjectType} {r.subjectId.slice(0, 8)}</td>
              <td>{r.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
