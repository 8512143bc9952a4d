const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a collaboration document is: one section's text, or a profile's channel (an empty document whose
 * awareness is who is where in the profile, and whose stateless messages carry the sections' citation orders
 * and review statuses).
 */
export type DocumentTarget = { kind: "section"; sectionId: string } | { kind: "profile"; profileId: string } | { kind: "profiles" };

/**
 * The one channel every profile's review-status changes also reach: the countries list listens here instead of
 * joining one channel per listed profile (which would open as many documents as there are profiles).
 */
export const allProfilesChannelName = "profiles.all";

/** The Hocuspocus document name of a section. */
export function sectionDocumentName(sectionId: string): string {
  return `section.${sectionId}`;
}

/** The Hocuspocus document name of a profile's channel (presence, citation orders, review status). */
export function profileChannelName(profileId: string): string {
  return `profile.${profileId}`;
}

/** Parses a document name from the socket; null for anything else. */
export function parseDocumentName(name: string): DocumentTarget | null {
  if (name === allProfilesChannelName) return { kind: "profiles" };
  const dot = name.indexOf(".");
  if (dot < 0) return null;
  const prefix = name.slice(0, dot);
  const id = name.slice(dot + 1);
  if (!uuid.test(id)) return null;
  if (prefix === "section") return { kind: "section", sectionId: id };
  if (prefix === "profile") return { kind: "profile", profileId: id };
  return null;
}
