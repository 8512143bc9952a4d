import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addTemplateSection } from "@/lib/profiles/edit-template";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { dryRunReport } from "./dry-run-report";
import { importProfile } from "./import-profile";
import { storedTemplate } from "./stored-template";

const seed = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
const db = testDatabaseForFile(async (handle) => {
  await seedDatabase({ db: handle.db, mode: "none", log: () => {} });
});
// The seed with a section the built-in template does not have, after its last section's text (before note 1).
const withExtra = seed.replace("\n1.^\n", "\nBiometric Surveillance\n\nFace recognition at airports is being trialled.\n\n1.^\n");

describe("dryRunReport", () => {
  it("reads the stored template and reports exactly what the web import reports", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const builtIn = dryRunReport({ kind: "text", text: withExtra }, undefined, "2026-01-20");
    await addTemplateSection({ actor: admin.actor, db: db(), input: { title: "Biometric Surveillance", parentId: null } });
    const stored = dryRunReport({ kind: "text", text: withExtra }, await storedTemplate(db()), "2026-01-20");
    expect(stored.sections).toBe(builtIn.sections + 1);
    expect(builtIn.problems.some((p) => p.kind === "unmatched-heading" && p.message.includes("Biometric Surveillance"))).toBe(true);
    expect(stored.problems.some((p) => p.message.includes("Biometric Surveillance"))).toBe(false);

    const imported = await importProfile({ actor: admin.actor, db: db(), text: withExtra, now: "2026-01-20" });
    expect(imported.problems).toEqual(stored.problems);
    expect(stored.position).toBe("line");
  });
});
