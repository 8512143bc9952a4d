/** Channel on which PostgreSQL tells every instance that a profile has a new version (payload: ISO code). */
export const PUBLISHED_CHANNEL = "folio_version_published";

type Listener = (iso: string) => void;
const key = Symbol.for("folio.published-listeners");
type G = typeof globalThis & { [key]?: Set<Listener> };

function listeners(): Set<Listener> {
  return ((globalThis as G)[key] ??= new Set());
}

/** Subscribes to "a version of this profile was just published in this process"; returns the unsubscribe. */
export function onPublished(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells this process's listeners (caches of public pages) that a profile has a new version. */
export function signalPublished(iso: string): void {
  for (const l of listeners()) l(iso);
}
