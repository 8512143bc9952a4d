import { z } from "zod";
import { accessDateSchema } from "./access-date";
import { isSafeUrl, unsafeUrlMessage } from "./is-safe-url";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .transform((v) => (v === "" ? null : v))
    .nullish();

/** Add the source even though the registry has one that looks the same (a URL or DOI match still reuses that record). */
const confirmDuplicate = z.preprocess((v) => v === "true" || v === "on" || v === true, z.boolean()).optional();

export const manualSourceSchema = z.object({
  mode: z.literal("manual"),
  title: z.string({ error: "Title is required." }).trim().min(1, { error: "Title is required." }).max(1000, { error: "Title must be at most 1000 characters." }),
  titleTranslation: optionalText(1000, "Translated title"),
  url: z
    .string()
    .trim()
    .max(2000, { error: "URL must be at most 2000 characters." })
    .refine((v) => v === "" || isSafeUrl(v), { error: unsafeUrlMessage })
    .transform((v) => (v === "" ? null : v))
    .nullish(),
  publisher: optionalText(300, "Publisher"),
  issued: optionalText(40, "Publication date"),
  authors: optionalText(1000, "Authors"),
  language: optionalText(20, "Language"),
  type: z.enum(["webpage", "article-journal", "article-newspaper", "report", "book", "legislation", "legal_case", "document"]).default("webpage"),
  confirmDuplicate,
});

export const pastedSourceSchema = z.object({
  mode: z.literal("paste"),
  text: z.string({ error: "Paste BibTeX, RIS, CSL-JSON or a DOI." }).min(1, { error: "Paste BibTeX, RIS, CSL-JSON or a DOI." }).max(200_000, { error: "The pasted text is too long (200,000 characters at most)." }),
  /** The title for a pasted source that has none (a bare URL or DOI). */
  title: optionalText(1000, "Title"),
  confirmDuplicate,
});

export const addSourceSchema = z.discriminatedUnion("mode", [manualSourceSchema, pastedSourceSchema], { error: "Choose how to add the source." });

export const citationItemSchema = z.object({
  sourceId: z.uuid({ error: "Choose a source." }),
  accessed: z.union([accessDateSchema, z.literal("").transform(() => null), z.null()]).default(null),
  pinpoint: optionalText(100, "Pinpoint"),
});

export const addCitationSchema = z.object({
  sectionId: z.uuid({ error: "Section id must be a UUID." }),
  items: z.array(citationItemSchema).min(1, { error: "Choose at least one source." }).max(6, { error: "A footnote cites at most 6 sources." }),
});

/** `PATCH /api/citations/{id}`: a new access date and/or pinpoint (null or "" clears it) of one of the footnote's sources. */
export const editCitationSchema = z
  .object({
    id: z.uuid({ error: "id must be a citation UUID." }),
    accessed: accessDateSchema.optional(),
    pinpoint: z
      .string({ error: "pinpoint must be text or null." })
      .trim()
      .max(100, { error: "Pinpoint must be at most 100 characters." })
      .transform((v) => (v === "" ? null : v))
      .nullable()
      .optional(),
    position: z.number({ error: "position must be a whole number." }).int({ error: "position must be a whole number." }).min(0, { error: "position must be 0 or more." }).optional(),
  })
  .refine((v) => v.accessed !== undefined || v.pinpoint !== undefined, { error: "Send accessed (YYYY-MM-DD) or pinpoint to change.", path: ["accessed"] });

export const mergeSourcesSchema = z
  .object({ keepId: z.uuid({ error: "Choose the source to keep." }), mergeId: z.uuid({ error: "Choose the source to merge." }) })
  .refine((v) => v.keepId !== v.mergeId, { error: "Choose two different sources.", path: ["mergeId"] });
