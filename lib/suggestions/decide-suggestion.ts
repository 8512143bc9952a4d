import { and, eq, isNotNull } from "drizzle-orm";
import { Transform } from "@tiptap/pm/transform";
import { authorize, can, type Actor } from "@/lib/auth/policies";
import type { CollabUser } from "@/lib/collab/collab-context";
import type { Database } from "@/lib/db/client";
import { auditLog, users } from "@/lib/db/schema/auth";
import { sectionUpdates } from "@/lib/db/schema/profiles";
import { sectionWriters } from "@/lib/db/schema/review";
import { decideSuggestionTransform, type SuggestionSummary } from "@/lib/editor/suggestions";
import { writeNodeToYDoc, yDocToNode } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
import { applyCitationEdit } from "@/lib/citations/edit-citation";
import { editCitationSchema } from "@/lib/citations/schemas";
import { recordEvent } from "@/lib/events/record-event";
import { editLiveSection } from "@/lib/sections/edit-live-section";
import { parseInput } from "@/lib/validation/parse-input";
import { sectionOfSuggestion, suggestionDecisionSchema } from "./schemas";
import { storedSuggestions } from "./section-suggestions";

export type SuggestionDecision = "accepted" | "rejected";

export interface DecidedSuggestion {
  id: string;
  decision: SuggestionDecision;
  sectionId: string;
  kind: SuggestionSummary["kind"];
  text: string;
  author: { id: string; name: string };
}

/** Everyone who has written the section (logged updates and compacted writers; suggesting only is not writing). */
export async function sectionWriterIds(db: Database, sectionId: string): Promise<string[]> {
  const logged = await db
    .selectDistinct({ id: sectionUpdates.userId })
    .from(sectionUpdates)
    .where(and(eq(sectionUpdates.sectionId, sectionId), isNotNull(sectionUpdates.userId), eq(sectionUpdates.suggestionOnly, false)));
  const compacted = await db.select({ id: sectionWriters.userId }).from(sectionWriters).where(eq(sectionWriters.sectionId, sectionId));
  return [...new Set([...logged, ...compacted].map((r) => r.id).filter((id): id is string => id !== null))];
}

/**
 * Whether the actor may decide this section's suggestions at all (someone else's: `suggestion.decide`), for the
 * editor to show Accept / Reject only to them. The decision route checks again, with the suggestion's author.
 */
export async function mayDecideSuggestions({ actor, db, sectionId }: { actor: Actor; db: Database; sectionId: string }): Promise<boolean> {
  if (!actor) return false;
  return can(actor, "suggestion.decide", { suggestedBy: "", sectionWriters: await sectionWriterIds(db, sectionId) });
}

async function earlierDecision(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.subjectType, "suggestion"), eq(auditLog.subjectId, id))).limit(1);
  return row?.action ?? null;
}

const alreadyDecided = (action: string) => new AppError("conflict:suggestion", `This suggestion was already ${action.endsWith("accept") ? "accepted" : "rejected"}.`, { field: "decision" });

/**
 * Accepts or rejects one suggestion: the change is made in the section's live document through the collaboration
 * server (everyone editing sees it at once) and recorded in the audit trail, rejected ones included (who, when,
 * what). Accepted text is written as the suggester's (they become an author of it); a rejection is nobody's writing.
 * Of two decisions at once exactly one lands; the other gets 409.
 * @throws ForbiddenError (own suggestion, role), AppError 404 (no such open suggestion), 409 (already decided)
 */
export async function decideSuggestion({ actor, db, suggestionId, input }: { actor: Actor; db: Database; suggestionId: string; input: unknown }): Promise<DecidedSuggestion> {
  const { decision } = parseInput(suggestionDecisionSchema, input);
  const sectionId = sectionOfSuggestion(suggestionId);
  const notFound = new AppError("not_found:suggestion", "There is no open suggestion with that id.", { field: "id" });
  if (!sectionId) throw notFound;
  const earlier = await earlierDecision(db, suggestionId);
  if (earlier) throw alreadyDecided(earlier);
  let found: SuggestionSummary | undefined;
  try {
    found = (await storedSuggestions(db, sectionId)).find((s) => s.id === suggestionId);
  } catch (e) {
    if (e instanceof AppError && e.kind === "not_found") throw notFound;
    throw e;
  }
  if (!found) throw notFound;
  authorize(actor, "suggestion.decide", { suggestedBy: found.author.id, sectionWriters: await sectionWriterIds(db, sectionId) });

  // A footnote edit proposes registry values: checked as PATCH /api/citations/{id} checks them, before anything changes.
  const edits = decision === "accepted" && found.citationEdit ? found.citationEdit.changes.map((c) => parseInput(editCitationSchema, { id: found.citationEdit!.citationId, accessed: c.accessed, pinpoint: c.pinpoint, position: c.position })) : [];
  const [suggester] = await db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.id, found.author.id));
  const writer: CollabUser | null = decision === "accepted" && suggester ? suggester : null;
  // The audit row is written first, as a claim: a second decision racing this one finds it and answers 409.
  const claim = await recordEvent(db, {
    actorId: actor.id,
    type: decision === "accepted" ? "suggestion.accept" : "suggestion.reject",
    subjectType: "suggestion",
    subjectId: suggestionId,
    data: { sectionId, kind: found.kind, text: found.text, suggestedBy: found.author, suggestedAt: found.createdAt, decision },
  });
  let applied = false;
  try {
    applied = await editLiveSection(sectionId, writer, (doc) => {
      const tr = decideSuggestionTransform(new Transform(yDocToNode(doc)), suggestionId, decision);
      if (!tr) return false;
      writeNodeToYDoc(doc, tr.doc);
      return true;
    });
  } finally {
    if (!applied) await db.delete(auditLog).where(eq(auditLog.id, claim));
  }
  if (!applied) {
    const action = await earlierDecision(db, suggestionId);
    if (action) throw alreadyDecided(action);
    throw notFound;
  }
  if (edits.length > 0) {
    // The values are the suggester's writing (they count as an author of the next revision); the accepter reviewed.
    const by = suggester?.id ?? actor.id;
    await db.transaction(async (tx) => {
      for (const e of edits) await applyCitationEdit(tx, { actorId: by, citationId: e.id, accessed: e.accessed, pinpoint: e.pinpoint, position: e.position, extra: { suggestionId, acceptedBy: actor.id } });
    });
  }
  const done: DecidedSuggestion = { id: suggestionId, decision, sectionId, kind: found.kind, text: found.text, author: found.author };
  return done;
}

