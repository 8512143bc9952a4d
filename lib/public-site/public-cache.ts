import type { PublicEntry } from "./public-entry";

const MAX_IMMUTABLE = 500;

/**
 * Rendered public responses of this process: immutable ones (a version, a compare) and ones that change on publish.
 * One per process, in services().publicCache; the profile.publish handler (lib/events/handlers.ts) invalidates it.
 */
export class PublicCache {
  private readonly immutable = new Map<string, PublicEntry>();
  private readonly current = new Map<string, PublicEntry>();
  /** Bumped on every publish, so a render that started before it is not stored after it. */
  generation = 0;

  get(path: string): PublicEntry | undefined {
    return this.current.get(path) ?? this.immutable.get(path);
  }

  setImmutable(path: string, entry: PublicEntry): void {
    if (this.immutable.size >= MAX_IMMUTABLE) this.immutable.delete(this.immutable.keys().next().value!);
    this.immutable.set(path, entry);
  }

  setCurrent(path: string, entry: PublicEntry, generation: number): void {
    if (generation === this.generation) this.current.set(path, entry);
  }

  /** Forgets everything that depends on which version is the newest. */
  invalidate(): void {
    this.generation++;
    this.current.clear();
  }
}
