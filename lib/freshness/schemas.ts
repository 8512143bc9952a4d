import { z } from "zod";
import { accessDateSchema } from "@/lib/citations/access-date";
import { isSafeUrl } from "@/lib/citations/is-safe-url";
import { reverificationResults } from "@/lib/db/schema/citations";

export const archiveUrlSchema = z
  .string({ error: "Archive URL is required." })
  .trim()
  .min(1, { error: "Archive URL is required." })
  .max(2000, { error: "Archive URL must be at most 2000 characters." })
  .refine(isSafeUrl, { error: "Archive URL must start with http:// or https://." });

export const reverifySchema = z
  .object({
    citationSourceIds: z
      .array(z.uuid({ error: "Citation ids must be UUIDs." }), { error: "Choose at least one citation." })
      .min(1, { error: "Choose at least one citation." })
      .max(2000, { error: "Re-verify at most 2,000 citations at once." }),
    result: z.enum(reverificationResults, { error: 'Result must be "supports", "changed" or "gone".' }),
    note: z
      .string()
      .trim()
      .max(2000, { error: "Note must be at most 2000 characters." })
      .transform((v) => (v === "" ? null : v))
      .nullish(),
    archiveUrl: z.union([archiveUrlSchema, z.literal("").transform(() => null), z.null()]).optional(),
    replacementSourceId: z.union([z.uuid({ error: "Choose a replacement source." }), z.literal("").transform(() => null), z.null()]).optional(),
    accessedOn: accessDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.result === "changed" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say what changed in a note." });
    if (v.result === "gone" && !v.archiveUrl && !v.replacementSourceId) {
      ctx.addIssue({ code: "custom", path: ["archiveUrl"], message: "A gone source needs an archive copy or a replacement source." });
    }
  });

export const setArchiveSchema = z.object({
  sourceId: z.uuid({ error: "Source id must be a UUID." }),
  archiveUrl: archiveUrlSchema,
});
