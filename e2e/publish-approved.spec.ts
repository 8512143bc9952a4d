import type { APIRequestContext } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

interface Diff {
  revision: { id: string; number: number };
  against: { id: string; number: number } | null;
  changes: unknown[];
  footnotes: { kind: string; citationId: string; fields: string[]; before: { accessed: string | null }[] | null; after: { accessed: string | null }[] | null }[];
  numbersAfter: Record<string, number>;
}
interface PublicVersion {
  version: number;
  sections: { id: string; title: string; paragraphs: { id: string; text: string; notes: number[] }[] }[];
  footnotes: { number: number; citationId: string; sectionId: string; text: string; sources: { accessed: string | null }[] }[];
}

const SECTION = "Data Protection";
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function json<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>, status: number): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

// Issue 18's first "Must show", over JSON routes only, on the demo profile's seeded "Data Protection" section.
test("publishing carries exactly what was approved: baseline, frozen access date, PATCH, redline, republish", async ({ admin, createUser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const as = async (role: "researcher" | "editor") => {
    const user = await createUser(role);
    const request = await playwright.request.newContext({ baseURL });
    await signIn(request, user.email, user.password);
    return request;
  };
  const researcher = await as("researcher");
  const editor = await as("editor");
  const state = await json<{ sections: { id: string; title: string; latestRevision: unknown }[] }>(await researcher.get("/api/profiles/JP"), 200);
  const section = state.sections.find((s) => s.title === SECTION)!;
  expect(section.latestRevision, "the seeded section was never submitted (its baseline is not a submission)").toBeNull();

  // 1. Submit the unchanged seeded section: compared with its baseline (revision 0), nothing changed.
  const rev1 = await json<{ id: string; number: number }>(await researcher.post(`/api/sections/${section.id}/revisions`, { data: {} }), 201);
  expect(rev1.number).toBe(1);
  const diff1 = await json<Diff>(await researcher.get(`/api/revisions/${rev1.id}/diff`), 200);
  expect(diff1.against).toMatchObject({ number: 0 });
  expect(diff1.changes).toEqual([]);
  expect(diff1.footnotes).toEqual([]);
  const [citationId] = Object.keys(diff1.numbersAfter);
  expect(citationId, "the seeded section cites a source").toBeTruthy();

  // 2. Approve (an editor who wrote nothing) and publish version 1.
  await json(await editor.post(`/api/revisions/${rev1.id}/decision`, { data: { decision: "approved" } }), 200);
  const v1 = await json<{ version: number }>(await admin.post("/api/profiles/JP/versions", { data: { changelog: "Data protection reviewed.", overrideReason: "Demo sources accepted as they stand." } }), 201);
  const public1 = await json<PublicVersion>(await researcher.get(`/api/v1/profiles/JP/versions/${v1.version}`), 200);
  const note1 = public1.footnotes.find((f) => f.citationId === citationId)!;
  const oldDate = note1.sources[0]!.accessed;
  expect(oldDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // Public footnotes say where they belong, and paragraphs which notes they hold.
  const publicSection = public1.sections.find((s) => s.title === SECTION)!;
  expect(note1.sectionId).toBe(publicSection.id);
  expect(publicSection.paragraphs.flatMap((p) => p.notes)).toContain(note1.number);

  // 3. Change the access date in place.
  const newDate = isoDaysAgo(2);
  expect(newDate).not.toBe(oldDate);
  const patched = await json<{ id: string; accessed: string; pinpoint: string | null }>(await researcher.patch(`/api/citations/${citationId}`, { data: { accessed: newDate } }), 200);
  expect(Object.keys(patched).sort()).toEqual(["accessed", "id", "pinpoint"]);
  expect(patched).toMatchObject({ id: citationId, accessed: newDate });
  const bad = await json<{ field: string }>(await researcher.patch(`/api/citations/${citationId}`, { data: { accessed: "2026-02-30" } }), 400);
  expect(bad.field).toBe("accessed");

  // 4. Publishing again does not carry it: nothing approved is new, and the public footnote keeps the old date.
  await json(await admin.post("/api/profiles/JP/versions", { data: { changelog: "Should not publish.", overrideReason: "Demo sources accepted as they stand." } }), 409);
  const still = await json<PublicVersion>(await researcher.get("/api/v1/profiles/JP"), 200);
  expect(still.version).toBe(v1.version);
  expect(still.footnotes.find((f) => f.citationId === citationId)!.sources[0]!.accessed).toBe(oldDate);

  // 5. Resubmit: the redline lists the footnote as changed, with "accessed" among its fields.
  const rev2 = await json<{ id: string; number: number }>(await researcher.post(`/api/sections/${section.id}/revisions`, { data: {} }), 201);
  const diff2 = await json<Diff>(await researcher.get(`/api/revisions/${rev2.id}/diff`), 200);
  expect(diff2.against).toMatchObject({ id: rev1.id });
  expect(diff2.changes).toEqual([]);
  expect(diff2.footnotes).toEqual([expect.objectContaining({ kind: "changed", citationId, fields: expect.arrayContaining(["accessed"]) })]);
  expect(diff2.footnotes[0]!.before![0]!.accessed).toBe(oldDate);
  expect(diff2.footnotes[0]!.after![0]!.accessed).toBe(newDate);

  // 6. Approve and publish: the public footnote shows the new date.
  await json(await editor.post(`/api/revisions/${rev2.id}/decision`, { data: { decision: "approved" } }), 200);
  const v2 = await json<{ version: number }>(await admin.post("/api/profiles/JP/versions", { data: { changelog: "Access date re-checked.", overrideReason: "Demo sources accepted as they stand." } }), 201);
  expect(v2.version).toBe(v1.version + 1);
  const public2 = await json<PublicVersion>(await researcher.get("/api/v1/profiles/JP"), 200);
  expect(public2.version).toBe(v2.version);
  expect(public2.footnotes.find((f) => f.citationId === citationId)!.sources[0]!.accessed).toBe(newDate);

  await researcher.dispose();
  await editor.dispose();
});
