"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { CollabSession, type CollabSnapshot } from "./collab-session";

/** Connects a section (and its profile's presence room) to /collab while mounted; null until connected. */
export function useSectionCollaboration({ sectionId, profileId, user }: { sectionId: string; profileId: string; user: { id: string; name: string } }): CollabSnapshot | null {
  const { id, name } = user;
  const session = useMemo(() => new CollabSession({ sectionId, profileId, user: { id, name } }), [sectionId, profileId, id, name]);
  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);
  return useSyncExternalStore(session.subscribe, session.getSnapshot, () => null);
}
