import type * as Y from "yjs";
import type { CollabUser } from "@/lib/collab/collab-context";
import { AppError } from "@/lib/errors";

type SectionEditor = <T>(sectionId: string, user: CollabUser | null, change: (doc: Y.Doc) => T) => Promise<T>;

const key = Symbol.for("folio.sectionEditor");
type GlobalWithEditor = typeof globalThis & { [key]?: SectionEditor };

/** The collaboration server in this process registers how to change a section's document (server.ts). */
export function registerSectionEditor(editor: SectionEditor | undefined): void {
  (globalThis as GlobalWithEditor)[key] = editor;
}

/**
 * Changes a section's live document through the collaboration server (a Hocuspocus direct connection): the one
 * way the server writes into a section someone may have open. `change` runs in one Yjs transaction.
 * @throws AppError `unavailable:collab` when no collaboration server runs in this process
 */
export async function editLiveSection<T>(sectionId: string, user: CollabUser | null, change: (doc: Y.Doc) => T): Promise<T> {
  const editor = (globalThis as GlobalWithEditor)[key];
  if (!editor) throw new AppError("unavailable:collab", "The collaboration server is not running; try again shortly.");
  return editor(sectionId, user, change);
}
