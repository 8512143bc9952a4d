"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { markNotificationReadAction, markNotificationsReadAction } from "@/lib/actions/notification-actions";
import { Button } from "@/components/ui/button";

/** Marks every notification read, or only one when given its id (`label` names it for screen readers). */
export function MarkReadButton({ id, label }: { id?: string; label?: string }) {
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending}
      aria-label={id && label ? `Mark read: ${label}` : undefined}
      onClick={() =>
        startTransition(async () => {
          await (id ? markNotificationReadAction(id) : markNotificationsReadAction());
          router.refresh();
        })
      }
    >
      {id ? "Mark read" : "Mark all read"}
    </Button>
  );
}
