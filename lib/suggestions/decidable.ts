/**
 * Which of these suggestions the viewer is offered Accept / Reject for: none unless they may decide the section's
 * suggestions at all (`suggestion.decide` in policies.ts, computed on the server), and never their own. The server
 * still decides every request (403 otherwise); this only keeps controls away from people who would be refused.
 */
export function decidableIds(suggestions: readonly { id: string; author: { id: string } }[], viewer: { userId: string; mayDecide: boolean }): string[] {
  if (!viewer.mayDecide) return [];
  return suggestions.filter((s) => s.author.id !== viewer.userId).map((s) => s.id);
}
