import { z } from "zod";
import { relativePositionSchema } from "./relative-position-schema";

const uuid = (label: string) => z.uuid({ error: `${label} must be an id.` });
const body = z.string({ error: "Comment is required." }).trim().min(1, { error: "Comment is required." }).max(10_000, { error: "Comment must be at most 10000 characters." });
/** A thread started in the editor: the browser turns the selection into Yjs relative positions. */
export const startThreadInDraftSchema = z.object({
  sectionId: uuid("Section"),
  anchorFrom: relativePositionSchema,
  anchorTo: relativePositionSchema,
  quote: z.string().trim().min(1, { error: "Select the text to comment on." }).max(2000, { error: "Select at most 2000 characters." }),
  body,
});

/** A thread started in the review view: positions in the revision's document. */
export const startThreadOnRevisionSchema = z
  .object({
    revisionId: uuid("Revision"),
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    body,
  })
  .refine((v) => v.to > v.from, { error: "Select the text to comment on.", path: ["to"] });

export const replySchema = z.object({ threadId: uuid("Thread"), body });

export const resolveSchema = z.object({ threadId: uuid("Thread"), resolved: z.boolean({ error: "resolved must be true or false." }) });
