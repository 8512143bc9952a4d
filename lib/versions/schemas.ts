import { z } from "zod";

export const publishVersionSchema = z.object({
  changelog: z
    .string({ error: "changelog is required: say what changed in this version." })
    .trim()
    .min(1, { error: "changelog is required: say what changed in this version." })
    .max(4000, { error: "changelog must be at most 4000 characters." }),
  overrideReason: z.string({ error: "overrideReason must be text." }).trim().max(2000, { error: "overrideReason must be at most 2000 characters." }).optional(),
});
/** What publishing takes: a changelog, and an admin's reason when publishing over the citation policy. */
export type PublishVersionInput = z.input<typeof publishVersionSchema>;
