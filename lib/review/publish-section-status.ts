import type { SectionStatus } from "./status";

export interface SectionStatusEvent {
  sectionId: string;
  profileId: string;
  status: SectionStatus;
}

type Listener = (event: SectionStatusEvent) => void;
const key = Symbol.for("folio.section-status-listeners");
type G = typeof globalThis & { [key]?: Set<Listener> };

function listeners(): Set<Listener> {
  return ((globalThis as G)[key] ??= new Set());
}

/** Subscribes to review status changes made in this process (the profile's live channel relays them); returns the unsubscribe. */
export function onSectionStatus(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells this process's listeners that a section's review status changed (call after the transaction commits). */
export function publishSectionStatus(event: SectionStatusEvent): void {
  for (const l of listeners()) l({ sectionId: event.sectionId, profileId: event.profileId, status: event.status });
}
