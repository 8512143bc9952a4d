import { z } from "zod";

const name = z.looseObject({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() });
const date = z.looseObject({
  "date-parts": z.array(z.array(z.union([z.number(), z.string()]))).optional(),
  raw: z.string().optional(),
  literal: z.string().optional(),
});

/** The part of a CSL-JSON item Folio reads; other CSL fields pass through untouched. */
export const cslItemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  type: z.string().min(1),
  title: z.string().optional(),
  "container-title": z.string().optional(),
  publisher: z.string().optional(),
  number: z.union([z.string(), z.number()]).optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
  author: z.array(name).optional(),
  editor: z.array(name).optional(),
  issued: date.optional(),
  accessed: date.optional(),
});

export type CslItem = z.infer<typeof cslItemSchema>;
