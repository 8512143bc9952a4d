/** "Last updated" of a version: its publish date (UTC) as YYYY-MM-DD, the same in the API and exports. */
export function publishDate(publishedAt: Date): string {
  return publishedAt.toISOString().slice(0, 10);
}
