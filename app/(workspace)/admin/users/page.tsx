import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowControls } from "@/components/admin/user-row-controls";
import { Badge } from "@/components/ui/badge";
import { requireAbility, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { roles } from "@/lib/db/schema/auth";
import { listUsers } from "@/lib/users/queries";
import { createUserAction, resetPasswordAction, updateUserAction } from "./actions";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireAbility("users.manage");
  const actor = toActor(user);
  const rows = await listUsers({ actor, db: getDb() });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Users</h1>
      <section aria-labelledby="new-user" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-user" className="mb-3 font-medium">New user</h2>
        <CreateUserForm action={createUserAction} roles={roles} />
      </section>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
        <TableHead columns={["Name", "Email", "State", "Role and access"]} />
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} className="border-t border-slate-200">
              <td className="px-4 py-2">{u.name}</td>
              <td className="px-4 py-2">{u.email}</td>
              <td className="px-4 py-2">
                {u.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>}
                {u.mustChangePassword ? <Badge tone="amber">Must change password</Badge> : null}
              </td>
              <td className="px-4 py-2">
                <UserRowControls user={u} roles={roles} update={updateUserAction} reset={resetPasswordAction} isSelf={u.id === user.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
