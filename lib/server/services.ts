import type { CollabServer } from "@/lib/collab/create-collab-server";
import { PublicCache } from "@/lib/public-site/public-cache";

/**
 * What server.ts creates once and the rest of the process uses: the collaboration server, the public-page cache,
 * the link checker and the session secret. Handlers of domain events receive it explicitly; Next's route handlers
 * and server actions run in the same process but in Next's own module graph, so they reach it through `services()`.
 */
export interface Services {
  /** The collaboration server in this process; null when /collab is served by a standalone process (or in a CLI). */
  collab: Pick<CollabServer, "flushSection" | "editSection" | "stats" | "broadcastToProfile" | "broadcastToAllProfiles"> | null;
  /** Rendered public pages of this process. */
  publicCache: PublicCache;
  /** This process's link checker, when it runs one (LINK_CHECK not off). */
  linkChecker: { kick(): void } | null;
  /** The secret that signs session cookies (NEXTAUTH_SECRET, or the one kept in the database). */
  authSecret: string | null;
}

const key = Symbol.for("folio.services");
type GlobalWithServices = typeof globalThis & { [key]?: Services };

/** Installs this process's services (server.ts once at start; tests that run a collaboration server). */
export function setServices(services: Services | undefined): void {
  (globalThis as GlobalWithServices)[key] = services;
}

/** Services with nothing running: a command-line tool or a test without a collaboration server. */
export function bareServices(overrides: Partial<Services> = {}): Services {
  return { collab: null, publicCache: new PublicCache(), linkChecker: null, authSecret: null, ...overrides };
}

/** This process's services (bare ones, created once, when server.ts did not install any). */
export function services(): Services {
  return ((globalThis as GlobalWithServices)[key] ??= bareServices());
}
