import type { Role } from "@/lib/db/schema/auth";
import type { DocumentTarget } from "./document-name";

/** The live user behind a socket, as the resolver loaded it (never taken from the client). */
export interface CollabUser {
  id: string;
  name: string;
  role: Role;
}

/** Resolves the user behind an upgrade request (session cookie in production, a header in tests); null if none. */
export type ResolveUser = (request: Request) => Promise<CollabUser | null>;

/** What every Hocuspocus hook knows about a connection once it has authenticated. */
export interface CollabContext {
  user: CollabUser;
  target: DocumentTarget;
  readOnly: boolean;
}
