export const userColorPalette: readonly string[] = ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0f766e", "#0369a1", "#4338ca", "#7e22ce", "#be185d", "#475569"];

/** A stable caret colour for a user, derived from their id (the same in every browser). */
export function userColor(userId: string): string {
  let h = 0;
  for (let i = 0; i < userId.length; i++) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
  return userColorPalette[h % userColorPalette.length]!;
}
