"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";

export async function createUserAction(_prev: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async ({ actor, db }) => {
    const user = await createUser({
      actor,
      db,
      input: { email: form.get("email"), name: form.get("name"), role: form.get("role"), password: form.get("password") },
    });
    return { email: user.email };
  }, { revalidate: "/admin/users" });
}

export async function updateUserAction(input: { userId: string; role?: string; disabled?: boolean }): Promise<ActionResult<null>> {
  return runAction(async ({ actor, db }) => {
    await updateUser({ actor, db, input });
    return null;
  }, { revalidate: "/admin/users" });
}

export async function resetPasswordAction(input: { userId: string }): Promise<ActionResult<{ temporaryPassword: string }>> {
  return runAction(async ({ actor, db }) => {
    const { temporaryPassword } = await resetPassword({ actor, db, input });
    return { temporaryPassword };
  }, { revalidate: "/admin/users" });
}
