export type FreshnessTone = "empty" | "fresh" | "ageing" | "stale";

/** Whole months from an access date to today (YYYY-MM-DD both), never negative. */
export function monthsSince(date: string, today: string): number {
  const [y1, m1, d1] = date.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split("-").map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/** A cell's tone from its oldest access date against the policy: stale past the maximum age, ageing past half of it. */
export function freshnessTone(oldest: string | null, today: string, maxAgeMonths: number): FreshnessTone {
  if (!oldest) return "empty";
  const months = monthsSince(oldest, today);
  if (months >= maxAgeMonths) return "stale";
  return months * 2 >= maxAgeMonths ? "ageing" : "fresh";
}

/** The date before which an access date is older than the policy allows. */
export function staleBefore(today: string, maxAgeMonths: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - maxAgeMonths);
  return d.toISOString().slice(0, 10);
}
