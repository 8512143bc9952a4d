type Flusher = (sectionId: string) => Promise<void>;

const key = Symbol.for("folio.sectionFlusher");
type GlobalWithFlusher = typeof globalThis & { [key]?: Flusher };

/** The collaboration server in this process registers how to write a section's pending updates now. */
export function registerSectionFlusher(flusher: Flusher | undefined): void {
  (globalThis as GlobalWithFlusher)[key] = flusher;
}

/**
 * Writes every update the collaboration server in this process holds for the section to the database; a
 * standalone server writes within its flush delay, and what it acknowledged as stored is there already.
 */
export async function flushSectionEdits(sectionId: string): Promise<void> {
  await (globalThis as GlobalWithFlusher)[key]?.(sectionId);
}
