"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { allProfilesChannelName, profileChannelName } from "@/lib/collab/document-name";
import { parseReviewStatusMessage } from "@/lib/collab/review-status-message";

/**
 * Joins a profile's channel (the profile page, the review page) or the all-profiles channel (`profileId: "all"`,
 * the countries list: one document however many profiles are listed) without announcing anyone, and re-reads the
 * page when a section's review status changes.
 */
export function ProfileStatusListener({ profileId }: { profileId: string }) {
  const router = useRouter();
  const name = profileId === "all" ? allProfilesChannelName : profileChannelName(profileId);
  useEffect(() => {
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    const socket = new HocuspocusProviderWebsocket({ url, maxDelay: 5_000 });
    const presence = new HocuspocusProvider({ websocketProvider: socket, name });
    presence.on("stateless", ({ payload }: { payload: string }) => {
      if (parseReviewStatusMessage(payload)) router.refresh();
    });
    presence.attach();
    return () => {
      presence.destroy();
      socket.destroy();
    };
  }, [name, router]);
  return null;
}
