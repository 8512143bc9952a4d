import { asc, eq, isNull, sql, and } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { templateSections } from "@/lib/db/schema/profiles";

export interface TemplateNode {
  id: string;
  title: string;
  parentId: string | null;
  depth: number;
}

/** Orders rows parent-first (each parent followed by its children), siblings by position. */
export function flattenTree<T extends { id: string; parentId: string | null; position: number }>(rows: T[]): (T & { depth: number })[] {
  const children = new Map<string | null, T[]>();
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  for (const list of children.values()) list.sort((a, b) => a.position - b.position);
  const out: (T & { depth: number })[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const r of children.get(parentId) ?? []) {
      out.push({ ...r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The template's sections in reading order. */
export async function listTemplate(db: Executor): Promise<TemplateNode[]> {
  const rows = await db.select().from(templateSections).orderBy(asc(templateSections.position));
  return flattenTree(rows).map(({ id, title, parentId, depth }) => ({ id, title, parentId, depth }));
}

export async function nextTemplatePosition(db: Executor, parentId: string | null): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${templateSections.position})` })
    .from(templateSections)
    .where(parentId ? eq(templateSections.parentId, parentId) : isNull(templateSections.parentId));
  return (row?.max ?? -1) + 1;
}

export async function siblingsOf(db: Executor, parentId: string | null) {
  return db
    .select()
    .from(templateSections)
    .where(parentId ? eq(templateSections.parentId, parentId) : and(isNull(templateSections.parentId)))
    .orderBy(asc(templateSections.position));
}
