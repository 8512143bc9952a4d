import { describe, expect, it } from "vitest";
import { linkChecks, sourceArchives } from "@/lib/db/schema/links";
import { buildCitation } from "@/lib/test/build-citation";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { freshnessCitations } from "./freshness-citations";
import { freshnessCsv } from "./freshness-csv";
import { freshnessMatrix } from "./freshness-matrix";
import { staleBefore } from "./freshness-tone";
import { reverifyCitations } from "./reverify-citations";

const db = testDatabaseForFile();
const today = "2026-03-01";
const policy = { today, maxAgeMonths: 12, staleBefore: staleBefore(today, 12) };

describe("freshness dashboard queries", () => {
  it("fills the countries × sections matrix, drills down, and re-verify clears a stale cell", async () => {
    const user = await buildUser(db(), { role: "researcher" });
    const jp = await buildProfile(db(), { countryCode: "JP" });
    const ke = await buildProfile(db(), { countryCode: "KE" });
    const old = await buildCitation(db(), { sectionId: jp.sections[0]!.id, accessedAt: "2024-06-01", title: "=HYPERLINK(\"x\")" });
    await buildCitation(db(), { sectionId: jp.sections[0]!.id, accessedAt: "2026-02-01" });
    await buildCitation(db(), { sectionId: jp.sections[0]!.id, accessedAt: "2026-01-01" });
    const dead = await buildCitation(db(), { sectionId: ke.sections[1]!.id, accessedAt: "2026-01-15" });
    await buildCitation(db(), { sectionId: ke.sections[1]!.id, accessedAt: null });
    await db().insert(linkChecks).values({ sourceId: dead.sourceId, url: dead.url!, status: "dead", failureCount: 3 });
    await db().insert(sourceArchives).values({ sourceId: old.sourceId, archiveUrl: "https://web.archive.org/web/1/x", origin: "manual" });

    const m = await freshnessMatrix(db(), policy);
    expect(m.columns[0]!.title).toBe(jp.sections[0]!.title);
    const jpRow = m.rows.find((r) => r.countryCode === "JP")!;
    const col0 = m.columns[0]!.key;
    expect(jpRow.cells[col0]).toMatchObject({ citations: 3, oldest: "2024-06-01", median: "2026-01-01", oldestMonths: 21, tone: "stale", missingArchive: 2 });
    const keCell = m.rows.find((r) => r.countryCode === "KE")!.cells[m.columns[1]!.key]!;
    expect(keCell).toMatchObject({ citations: 2, dead: 1, missingAccess: 1 });
    expect(m.totals).toMatchObject({ citations: 5, stale: 1, dead: 1, missingAccess: 1 });

    const stale = await freshnessCitations(db(), { countryCode: "JP", column: col0, filter: "stale", staleBefore: policy.staleBefore });
    expect(stale.map((c) => c.citationSourceId)).toEqual([old.citationSourceId]);
    expect((await freshnessCitations(db(), { filter: "dead", staleBefore: policy.staleBefore }))[0]).toMatchObject({ linkStatus: "dead", country: "Kenya" });
    const csv = freshnessCsv(stale);
    expect(csv.split("\r\n")[1]).toContain(`"'=HYPERLINK(""x"")"`);

    await reverifyCitations({ actor: user.actor, db: db(), input: { citationSourceIds: stale.map((c) => c.citationSourceId), result: "supports", accessedOn: "2026-02-20" } });
    const after = (await freshnessMatrix(db(), policy)).rows.find((r) => r.countryCode === "JP")!.cells[col0]!;
    expect(after).toMatchObject({ oldest: "2026-01-01", tone: "fresh", oldestMonths: 2 });
    expect((await freshnessCitations(db(), { countryCode: "JP", filter: "all", staleBefore: policy.staleBefore })).find((c) => c.citationSourceId === old.citationSourceId)).toMatchObject({ reverifications: 1 });
  });
});
