import { expect, type APIRequestContext } from "@playwright/test";

type ProfileState = { sections: { id: string; title: string; status: string; latestRevision: { id: string } | null }[] };

/** The seeded demo profile's sections (JP has text and citations from the start). */
export async function profileState(request: APIRequestContext, iso: string): Promise<ProfileState> {
  const res = await request.get(`/api/profiles/${iso}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as ProfileState;
}

/**
 * Puts one more section of the profile through review and publishes: the researcher submits the first section still
 * in draft, the editor (who wrote nothing) approves it, the admin publishes (over the citation policy if the demo's
 * access dates are old). Returns the new version's number.
 */
export async function publishNextSection(iso: string, { researcher, editor, admin }: { researcher: APIRequestContext; editor: APIRequestContext; admin: APIRequestContext }): Promise<number> {
  const state = await profileState(researcher, iso);
  const section = state.sections.find((s) => s.status === "draft");
  expect(section, "a section still in draft").toBeTruthy();
  const submitted = await researcher.post(`/api/sections/${section!.id}/revisions`, { data: {} });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { id } = (await submitted.json()) as { id: string };
  const decided = await editor.post(`/api/revisions/${id}/decision`, { data: { decision: "approved" } });
  expect(decided.status(), await decided.text()).toBe(200);
  let published = await admin.post(`/api/profiles/${iso}/versions`, { data: { changelog: `Adds ${section!.title}.` } });
  if (published.status() === 409 && "footnotes" in ((await published.json()) as object)) {
    published = await admin.post(`/api/profiles/${iso}/versions`, { data: { changelog: `Adds ${section!.title}.`, overrideReason: "Demo sources; checked by hand for this test." } });
  }
  expect(published.status(), await published.text()).toBe(201);
  return ((await published.json()) as { version: number }).version;
}
