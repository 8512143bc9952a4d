"use client";

import { signOut } from "next-auth/react";
import { clearOfflineData } from "@/components/editor/offline-store";
import { Button } from "@/components/ui/button";

/** Signs out after deleting this user's offline copies of sections from the browser (IndexedDB). */
export function SignOutButton({ userId }: { userId: string }) {
  const signOutAndForget = async () => {
    await clearOfflineData(userId).catch(() => {});
    await signOut({ callbackUrl: "/login" });
  };
  return (
    <Button variant="ghost" size="sm" onClick={() => void signOutAndForget()}>
      Sign out
    </Button>
  );
}
