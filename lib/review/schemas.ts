import { z } from "zod";

const uuid = (label: string) => z.uuid({ error: `${label} must be an id.` });
const note = z
  .string({ error: "Note must be text." })
  .trim()
  .max(4000, { error: "Note must be at most 4000 characters." })
  .transform((v) => (v === "" ? null : v))
  .nullish();

export const submitForReviewSchema = z.object({ sectionId: uuid("Section"), note });

export const decideRevisionSchema = z
  .object({
    revisionId: uuid("Revision"),
    decision: z.enum(["approved", "changes_requested"], { error: "Decision must be “approved” or “changes_requested”." }),
    note,
    /** The content hash the reviewer saw; a decision on anything else is refused. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: "contentHash must be a SHA-256 hex digest." }).optional(),
  })
  .refine((v) => v.decision !== "changes_requested" || (v.note ?? "") !== "", { error: "A note is required when requesting changes.", path: ["note"] });

export const withdrawSubmissionSchema = z.object({ revisionId: uuid("Revision") });

export const assignReviewerSchema = z.object({ revisionId: uuid("Revision"), assigneeId: uuid("Reviewer") });

export const diffQuerySchema = z.object({ against: uuid("against").nullish() });

export const revisionIdSchema = z.object({ revisionId: uuid("Revision") });

export const countryCodeSchema = z.object({ countryCode: z.string().regex(/^[A-Za-z]{2}$/, { error: "Country must be a two-letter ISO code." }) });
