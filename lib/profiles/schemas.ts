import { z } from "zod";
import { isCountryCode } from "./countries";

export const countryCodeSchema = z
  .string({ error: "Country is required." })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: "Country must be an ISO 3166-1 alpha-2 code, like JP or KE." });

export const createProfileSchema = z.object({ countryCode: countryCodeSchema });

const title = z
  .string({ error: "Title is required." })
  .trim()
  .min(1, { error: "Title is required." })
  .max(200, { error: "Title must be at most 200 characters." });

export const addTemplateSectionSchema = z.object({
  title,
  parentId: z.uuid({ error: "Parent must be a template section id." }).nullable().default(null),
});
export const renameTemplateSectionSchema = z.object({ id: z.uuid({ error: "Section id must be a UUID." }), title });
export const moveTemplateSectionSchema = z.object({
  id: z.uuid({ error: "Section id must be a UUID." }),
  direction: z.enum(["up", "down"], { error: "Direction must be up or down." }),
});
export const deleteTemplateSectionSchema = z.object({ id: z.uuid({ error: "Section id must be a UUID." }) });
