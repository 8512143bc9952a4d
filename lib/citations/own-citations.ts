/**
 * Splits citation nodes (in reading order) into the profile's own and foreign ones: a node whose id was
 * recorded for another profile's section is never numbered, only reported by the citation check.
 */
export function splitOwnCitations<T extends { citationId: string }>(order: readonly T[], ownIds: Pick<ReadonlySet<string>, "has">): { own: T[]; foreign: T[] } {
  const own: T[] = [];
  const foreign: T[] = [];
  for (const o of order) (ownIds.has(o.citationId) ? own : foreign).push(o);
  return { own, foreign };
}
