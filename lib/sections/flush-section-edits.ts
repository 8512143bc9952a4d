import { services } from "@/lib/server/services";

/**
 * Writes every update the collaboration server in this process holds for the section to the database; a
 * standalone server writes within its flush delay, and what it acknowledged as stored is there already.
 */
export async function flushSectionEdits(sectionId: string): Promise<void> {
  await services().collab?.flushSection(sectionId);
}
