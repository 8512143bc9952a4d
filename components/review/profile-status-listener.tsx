"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { profileChannelName } from "@/lib/collab/document-name";
import { parseReviewStatusMessage } from "@/lib/collab/review-status-message";

/**
 * Joins the profiles' presence rooms (one socket, multiplexed) without announcing anyone, and re-reads the page
 * when a section's review status changes in any of them: the profile page, the review page, the countries list.
 */
export function ProfileStatusListener({ profileIds }: { profileIds: string[] }) {
  const router = useRouter();
  const key = profileIds.join(",");
  useEffect(() => {
    const ids = key ? key.split(",") : [];
    if (ids.length === 0) return;
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    const socket = new HocuspocusProviderWebsocket({ url, maxDelay: 5_000 });
    const rooms = ids.map((id) => {
      const presence = new HocuspocusProvider({ websocketProvider: socket, name: profileChannelName(id) });
      presence.on("stateless", ({ payload }: { payload: string }) => {
        if (parseReviewStatusMessage(payload)) router.refresh();
      });
      presence.attach();
      return presence;
    });
    return () => {
      for (const presence of rooms) presence.destroy();
      socket.destroy();
    };
  }, [key, router]);
  return null;
}
