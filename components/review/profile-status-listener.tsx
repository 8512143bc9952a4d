"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { allProfilesChannelName, profileChannelName } from "@/lib/collab/document-name";
import { parseReviewStatusMessage } from "@/lib/collab/review-status-message";

/**
 * Joins a profile's channel (the profile page, the review page) or the all-profiles channel (`profileIds: "all"`,
 * the countries list: one document however many profiles are listed) without announcing anyone, and re-reads the
 * page when a section's review status changes.
 */
export function ProfileStatusListener({ profileIds }: { profileIds: string[] | "all" }) {
  const router = useRouter();
  const key = profileIds === "all" ? "" : profileIds.join(",");
  const all = profileIds === "all";
  useEffect(() => {
    const names = all ? [allProfilesChannelName] : key ? key.split(",").map(profileChannelName) : [];
    if (names.length === 0) return;
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    const socket = new HocuspocusProviderWebsocket({ url, maxDelay: 5_000 });
    const rooms = names.map((name) => {
      const presence = new HocuspocusProvider({ websocketProvider: socket, name });
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
  }, [all, key, router]);
  return null;
}
