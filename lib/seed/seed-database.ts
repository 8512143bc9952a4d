import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { CslItem } from "@/lib/citations/csl-item";
import { findOrCreateSource } from "@/lib/citations/find-or-create-source";
import type { Database, Executor } from "@/lib/db/client";
import { roles, users } from "@/lib/db/schema/auth";
import { templateSections } from "@/lib/db/schema/profiles";
import { insertProfile } from "@/lib/profiles/insert-profile";
import { defaultTemplate } from "@/lib/profiles/default-template";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { recordEvent } from "@/lib/events/record-event";
import { demoDocument, demoSources, type DemoSourceKey } from "./demo-profile";

async function ensureTemplate(tx: Executor): Promise<void> {
  const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(templateSections);
  if (count > 0) return;
  for (const [position, node] of defaultTemplate.entries()) {
    const [parent] = await tx.insert(templateSections).values({ title: node.title, position }).returning({ id: templateSections.id });
    for (const [childPosition, title] of (node.children ?? []).entries()) {
      await tx.insert(templateSections).values({ title, position: childPosition, parentId: parent!.id });
    }
  }
}

async function seedDemoProfile(tx: Executor, authorId: string): Promise<void> {
  const { profile, sections: created } = await insertProfile(tx, { countryCode: "JP", createdBy: authorId });
  const sourceIds = new Map<DemoSourceKey, string>();
  for (const [key, s] of Object.entries(demoSources) as [DemoSourceKey, (typeof demoSources)[DemoSourceKey]][]) {
    const csl: CslItem = { type: s.url ? "webpage" : "legislation", title: s.title };
    if (s.url) csl.URL = s.url;
    if ("publisher" in s) csl.publisher = s.publisher;
    if ("issued" in s) csl.issued = { "date-parts": [s.issued.split("-").map(Number)] };
    sourceIds.set(key, (await findOrCreateSource(tx, csl, { createdBy: authorId })).id);
  }
  for (const section of created) {
    const cites: { id: string; key: DemoSourceKey }[] = [];
    const json = demoDocument(section.title, (key) => {
      const id = randomUUID();
      cites.push({ id, key });
      return id;
    });
    if (!cites.length) continue;
    const citationsToCreate = cites.map((c) => ({ id: c.id, items: [{ sourceId: sourceIds.get(c.key)!, accessed: demoSources[c.key].accessed }] }));
    await writeSectionContent(tx, { sectionId: section.id, doc: json, citations: citationsToCreate, createdBy: authorId, origin: "Demo content" });
  }
  await recordEvent(tx, { actorId: authorId, type: "profile.create", subjectType: "profile", subjectId: profile.id, data: { countryCode: "JP", demo: true } });
}

/**
 * Prepares a database on start: the default template when none exists and, in demo mode on an empty
 * database, one user per role (credentials logged once) and a demo profile.
 */
export async function seedDatabase({ db, mode, password, log }: { db: Database; mode: "demo" | "none"; password?: string; log: (line: string) => void }) {
  const credentials: { role: string; email: string; password: string }[] = [];
  await db.transaction(async (tx) => {
    await ensureTemplate(tx);
    if (mode !== "demo") return;
    const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(users);
    if (count > 0) return;
    let researcherId = "";
    for (const role of roles) {
      const pw = password ?? randomBytes(12).toString("base64url");
      const email = `${role}@demo.folio.test`;
      const name = `Demo ${role[0]!.toUpperCase()}${role.slice(1)}`;
      const [row] = await tx.insert(users).values({ email, name, role, passwordHash: await hashPassword(pw) }).returning({ id: users.id });
      if (role === "researcher") researcherId = row!.id;
      credentials.push({ role, email, password: pw });
    }
    await seedDemoProfile(tx, researcherId);
  });
  if (credentials.length) {
    log("Demo users (shown once — save them now):");
    for (const c of credentials) log(`  ${c.role.padEnd(10)} ${c.email.padEnd(28)} ${c.password}`);
  }
  return credentials;
}
