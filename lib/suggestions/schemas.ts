import { z } from "zod";

/** `<sectionId>.<random>`: every suggestion id names its section (see suggest-changes.ts). */
export const suggestionIdPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{1,64}$/i;

/** The section a suggestion id names, or null when it is not a suggestion id. */
export function sectionOfSuggestion(id: string): string | null {
  return suggestionIdPattern.exec(id)?.[1]?.toLowerCase() ?? null;
}

export const suggestionDecisionSchema = z.object({
  decision: z.enum(["accepted", "rejected"], { error: "decision must be “accepted” or “rejected”." }),
});

