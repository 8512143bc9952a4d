import type { SignedInActor } from "@/lib/auth/policies";

/** A signed-in viewer, for tests that read drafts through the guarded queries. */
export const readerActor: SignedInActor = { id: "00000000-0000-4000-8000-0000000000aa", role: "viewer" };
