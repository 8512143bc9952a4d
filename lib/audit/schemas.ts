import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const date = (label: string) => z.preprocess(blankToUndefined, z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` }).optional());

export const auditFiltersSchema = z.object({
  profile: z.preprocess(blankToUndefined, z.string().regex(/^[A-Za-z]{2}$/, { error: "Profile must be a two-letter country code." }).optional()),
  user: z.preprocess(blankToUndefined, z.uuid({ error: "User must be an id." }).optional()),
  action: z.preprocess(blankToUndefined, z.string().max(100, { error: "Action is too long." }).optional()),
  from: date("From"),
  to: date("To"),
});
