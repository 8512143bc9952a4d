"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { changeOwnPassword } from "@/lib/users/change-password";

export async function changePasswordAction(_prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  return runAction(async ({ user, actor, db }) => {
    await changeOwnPassword({
      actor,
      db,
      sessionId: user.sessionId,
      input: { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword"), confirmPassword: form.get("confirmPassword") },
    });
    return null;
  });
}
