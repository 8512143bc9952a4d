import { z } from "zod";

/** The root fragment's name (FRAGMENT in lib/editor/ydoc-content; repeated here so the browser need not load y-prosemirror). */
export const ROOT_FRAGMENT = "default";

const yId = z.strictObject({
  client: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/**
 * A Yjs relative position as `Y.relativePositionToJSON` writes it for the section's fragment: its container is
 * either the root fragment (`tname`, always "default") or a nested type (`type`, an item id), never both and never
 * neither; `item` is the character it sticks to (absent at the end of a container); `assoc` is -1, 0 or 1.
 */
export const relativePositionSchema = z
  .strictObject(
    {
      type: yId.optional(),
      tname: z.literal(ROOT_FRAGMENT).optional(),
      item: yId.optional(),
      assoc: z.number().int().min(-1).max(1).optional(),
    },
    { error: "The comment's anchor is not a position in this section." },
  )
  .refine((p) => (p.type === undefined) !== (p.tname === undefined), { error: "The comment's anchor is not a position in this section." });
