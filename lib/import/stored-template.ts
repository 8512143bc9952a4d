import type { Executor } from "@/lib/db/client";
import { listTemplate } from "@/lib/profiles/template";
import type { TemplateHeading } from "./types";

/** The profile template as stored (admins may have renamed, added or removed sections), as import headings. */
export async function storedTemplate(db: Executor): Promise<TemplateHeading[]> {
  const out: TemplateHeading[] = [];
  for (const node of await listTemplate(db)) {
    const parent = out[out.length - 1];
    if (node.depth === 0 || !parent) out.push({ title: node.title });
    else parent.children = [...(parent.children ?? []), node.title];
  }
  return out;
}
