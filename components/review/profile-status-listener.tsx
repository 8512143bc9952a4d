"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { profileChannelName } from "@/lib/collab/document-name";
import { parseReviewStatusMessage } from "@/lib/collab/review-status-message";

/** Joins the profile's presence room without announcing anyone, and re-reads the page when a section's review status changes. */
export function ProfileStatusListener({ profileId }: { profileId: string }) {
  const router = useRouter();
  useEffect(() => {
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    const socket = new HocuspocusProviderWebsocket({ url, maxDelay: 5_000 });
    const presence = new HocuspocusProvider({ websocketProvider: socket, name: profileChannelName(profileId) });
    presence.on("stateless", ({ payload }: { payload: string }) => {
      if (parseReviewStatusMessage(payload)) router.refresh();
    });
    presence.attach();
    return () => {
      presence.destroy();
      socket.destroy();
    };
  }, [profileId, router]);
  return null;
}
