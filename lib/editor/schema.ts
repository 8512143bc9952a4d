import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { baseExtensions } from "./extensions";

let cached: Schema | undefined;

/** The ProseMirror schema of section documents (built once per process). */
export function sectionSchema(): Schema {
  cached ??= getSchema(baseExtensions());
  return cached;
}
