import { z } from "zod";

/** The latest calendar date anywhere on Earth right now (UTC+14), so no researcher's "today" is refused. */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** An access date: a real calendar date (YYYY-MM-DD), not in the future, not before 1990. */
export const accessDateSchema = z
  .string({ error: "Access date is required." })
  .trim()
  .refine(isCalendarDate, { error: "Access date must be a real calendar date (YYYY-MM-DD)." })
  .refine((v) => v <= latestToday(), { error: "Access date cannot be in the future." })
  .refine((v) => v >= "1990-01-01", { error: "Access date must be after 1990." });
