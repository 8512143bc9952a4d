import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { cslDate } from "./csl-date";
import type { CslItem } from "./csl-item";
import { DuplicateSourceError } from "./duplicate-source-error";
import { findOrCreateSource, type RegistrySource } from "./find-or-create-source";
import { possibleDuplicatesOf } from "./possible-duplicates-of";
import { hasUnsafeUrl } from "./unsafe-item-url";
import { parseSourceInput } from "./parse-source-input";
import { manualSourceSchema, addSourceSchema } from "./schemas";
import { SourceInputError } from "./source-input-error";
import type { z } from "zod";

function manualToCsl(m: z.infer<typeof manualSourceSchema>): CslItem {
  const item: CslItem = { type: m.type, title: m.title };
  if (m.url) item.URL = m.url;
  if (m.publisher) item.publisher = m.publisher;
  if (m.issued) item.issued = cslDate(m.issued);
  if (m.authors) item.author = m.authors.split(";").map((a) => ({ literal: a.trim() })).filter((a) => a.literal !== "");
  return item;
}

/**
 * Adds sources to the shared registry from a manual form or pasted BibTeX/RIS/CSL-JSON/DOI; an existing
 * record with the same normalised URL or DOI is returned instead of a duplicate. A new source needs a title:
 * a bare URL or DOI is refused with field `title` until one is given (never the URL as its title). Unless the input
 * says `confirmDuplicate: true`, a source that looks like one in the registry (entered by hand: same normalised URL
 * or DOI; either way: a near-identical title) is refused with the candidates, and nothing is added.
 * @throws DuplicateSourceError (409 with `duplicates`), AppError naming the field (and line, for pasted text), ForbiddenError
 */
export async function addSource({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<RegistrySource[]> {
  authorize(actor, "citation.add");
  const data = parseInput(addSourceSchema, input);
  let items: CslItem[];
  if (data.mode === "manual") items = [manualToCsl(data)];
  else {
    try {
      items = parseSourceInput(data.text).items.map((item) => (data.title && !item.title?.trim() ? { ...item, title: data.title } : item));
    } catch (e) {
      if (e instanceof SourceInputError) throw new AppError("bad_request:source", e.message, { field: "text", cause: e });
      throw e;
    }
    if (items.length === 0) throw new AppError("bad_request:source", "No source found in the pasted text.", { field: "text" });
    const unsafe = items.find(hasUnsafeUrl);
    if (unsafe) throw new AppError("bad_request:source", `The pasted source “${unsafe.title ?? "untitled"}” has a URL that is not http:// or https://.`, { field: "text" });
  }
  return db.transaction(async (tx) => {
    if (!data.confirmDuplicate) {
      // Pasted text naming a registered URL or DOI simply finds that record; by hand, it is worth a word.
      const duplicates = (await Promise.all(items.map((item) => possibleDuplicatesOf(tx, item)))).flat().filter((d) => data.mode === "manual" || d.reason === "title");
      if (duplicates.length > 0) throw new DuplicateSourceError([...new Map(duplicates.map((d) => [d.id, d])).values()], data.mode === "paste");
    }
    const out: RegistrySource[] = [];
    for (const item of items) {
      const s = await findOrCreateSource(tx, item, {
        createdBy: actor.id,
        titleTranslation: data.mode === "manual" ? data.titleTranslation : null,
        language: data.mode === "manual" ? data.language : null,
        requireTitle: true,
      });
      if (s.created) await recordEvent(tx, { actorId: actor.id, type: "source.create", subjectType: "source", subjectId: s.id, data: { title: s.title } });
      out.push(s);
    }
    return out;
  });
}
