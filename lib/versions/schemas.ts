import { z } from "zod";

export const publishVersionSchema = z.object({
  changelog: z
    .string({ error: "changelog is required: say what changed in this version." })
    .trim()
    .min(1, { error: "changelog is required: say what changed in this version." })
    .max(4000, { error: "changelog must be at most 4000 characters." }),
  overrideReason: z.string().trim().max(2000).optional(),
});

export const versionNumberSchema = z.coerce.number().int().min(1).max(1_000_000);
