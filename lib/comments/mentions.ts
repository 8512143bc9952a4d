import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The people a comment names with "@": `@Full Name` (any case, as written in their account) or `@email`. A name
 * only counts when it ends the word (`@Ana` does not mention "Anabel"); the longer of two overlapping names wins,
 * and everyone who has exactly the name written is mentioned.
 */
export function mentionedUserIds(body: string, people: Mentionable[]): string[] {
  if (!body.includes("@")) return [];
  const found = new Set<string>();
  const taken: [number, number][] = [];
  const candidates = people
    .flatMap((p) => [p.email, p.name].filter((s) => s.trim().length > 0).map((handle) => ({ id: p.id, handle: handle.trim() })))
    .sort((a, b) => b.handle.length - a.handle.length);
  for (const { id, handle } of candidates) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}_.])@${escapeRegExp(handle)}(?![\\p{L}\\p{N}_-])`, "giu");
    for (const m of body.matchAll(re)) {
      const start = m.index + m[1]!.length;
      const end = start + 1 + handle.length;
      // A longer name already matched here wins; two people with the same name are both mentioned.
      if (taken.some(([s, e]) => start < e && s < end && (s !== start || e !== end))) continue;
      taken.push([start, end]);
      found.add(id);
    }
  }
  return [...found];
}

/** Active people (every role may read drafts, so anyone can be mentioned), for matching mentions. */
export async function mentionablePeople(tx: Executor): Promise<Mentionable[]> {
  return tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.disabled, false));
}
