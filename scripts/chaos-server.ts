import fs from "node:fs";
import path from "node:path";
import { buildUser } from "@/lib/test/factories";
import { runCollabServer } from "@/lib/collab/run-collab-server";
import { sessionCookie } from "@/lib/test/session-cookie";
import { seedProfileSections, seedSection } from "@/lib/test/seed-section";
import { openDatabase } from "@/lib/db/client";

/** Fixture shared by the chaos runner and the server it kills: written once, on the first start. */
export interface ChaosFixture {
  /** The profile's sections in order (sections mode: CHAOS_SECTIONS of them). */
  sectionIds: string[];
  profileId: string;
  cookies: string[];
}

const { CHAOS_DIR, CHAOS_PORT, CHAOS_SECRET, CHAOS_DATABASE_URL, CHAOS_CLIENTS, CHAOS_SECTIONS } = process.env;

async function main() {
  if (!CHAOS_DIR || !CHAOS_PORT || !CHAOS_SECRET) throw new Error("chaos-server: CHAOS_DIR, CHAOS_PORT and CHAOS_SECRET are required");
  const handle = CHAOS_DATABASE_URL
    ? await openDatabase({ kind: "postgres", url: CHAOS_DATABASE_URL, max: 4 })
    : await openDatabase({ kind: "pglite", dataDir: path.join(CHAOS_DIR, "db") });
  const fixturePath = path.join(CHAOS_DIR, "fixture.json");
  if (!fs.existsSync(fixturePath)) {
    const sectionCount = Number(CHAOS_SECTIONS ?? 1);
    const { profileId, sectionIds } =
      sectionCount > 1 ? await seedProfileSections(handle.db, { count: sectionCount, text: "Chaos:", countryCode: "KE" }) : await seedSection(handle.db, "Chaos:").then((s) => ({ profileId: s.profileId, sectionIds: [s.sectionId] }));
    const cookies: string[] = [];
    for (let i = 0; i < Number(CHAOS_CLIENTS ?? 3); i++) {
      const user = await buildUser(handle.db, { role: "researcher", name: `Typist ${i + 1}` });
      cookies.push(await sessionCookie({ db: handle.db, userId: user.id, secret: CHAOS_SECRET }));
    }
    const fixture: ChaosFixture = { sectionIds, profileId, cookies };
    fs.writeFileSync(`${fixturePath}.tmp`, JSON.stringify(fixture));
    fs.renameSync(`${fixturePath}.tmp`, fixturePath);
  }
  await runCollabServer({ handle, port: Number(CHAOS_PORT), host: "127.0.0.1", secret: CHAOS_SECRET, log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write("ready\n");
}

main().catch((e: unknown) => {
  process.stderr.write(`chaos-server: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
