"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { markNotificationsReadAction } from "@/lib/actions/notification-actions";
import { Button } from "@/components/ui/button";

export function MarkReadButton() {
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <Button size="sm" variant="secondary" disabled={pending} onClick={() => startTransition(async () => { await markNotificationsReadAction(); router.refresh(); })}>
      Mark all read
    </Button>
  );
}
