import fs from "node:fs";
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { strFromU8, unzipSync } from "fflate";
import type { Download } from "@playwright/test";
import { expect, test } from "./fixtures";

const accessed = "accessed 20 November 2026";

/** A small profile as an author writes it in Word: title, “Last updated”, template headings, real footnotes. */
async function uruguayDocx(): Promise<Buffer> {
  const doc = new Document({
    footnotes: {
      1: { children: [new Paragraph(`‘Cédula de identidad digital’ (AGESIC 2025) <https://example.org/uy/cedula> ${accessed}.`)] },
      2: { children: [new Paragraph("ibid.")] },
      3: { children: [new Paragraph(`‘Ley de Protección de Datos Personales’ <https://example.org/uy/datos> ${accessed}.`)] },
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: "Uruguay" }),
          new Paragraph("Last updated: 20 November 2026"),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Digital ID Overview" }),
          new Paragraph({ children: [new TextRun("Uruguay issues a "), new TextRun({ text: "digital identity card", bold: true }), new TextRun("."), new FootnoteReferenceRun(1), new TextRun(" It is used online."), new FootnoteReferenceRun(2)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Law" }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: "Data Protection" }),
          new Paragraph({ children: [new TextRun("A data protection law applies."), new FootnoteReferenceRun(3)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function footnotesOf(download: Download): Promise<string> {
  const parts = unzipSync(fs.readFileSync((await download.path())!));
  expect(Object.keys(parts)).toContain("word/document.xml");
  return strFromU8(parts["word/footnotes.xml"]!).replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

test("an admin imports a Word profile; the draft and the published version download as Word with real footnotes", async ({ pageAs, browser }) => {
  test.setTimeout(120_000);
  const admin = await pageAs("admin");
  await admin.page.goto("/admin/import");
  await admin.page.getByLabel("Profile file (.txt or .docx)").setInputFiles({ name: "uruguay.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await uruguayDocx() });
  await admin.page.getByRole("button", { name: "Import" }).click();
  await expect(admin.page.getByText("Imported UY: 2 sections, 3 citations, 2 new sources")).toBeVisible();
  await expect(admin.page.getByText("No problems found.")).toBeVisible();

  await admin.page.getByRole("link", { name: "Open the profile" }).click();
  await expect(admin.page.getByRole("heading", { name: "Uruguay", level: 1 })).toBeVisible();
  const [draft] = await Promise.all([admin.page.waitForEvent("download"), admin.page.getByRole("link", { name: "Download the draft as Word (.docx)" }).click()]);
  expect(draft.suggestedFilename()).toBe("uy-draft.docx");
  const draftNotes = await footnotesOf(draft);
  expect(draftNotes).toContain("‘Cédula de identidad digital’ (AGESIC 2025) <https://example.org/uy/cedula> accessed 20 November 2026.");
  expect(draftNotes).toContain("ibid.");

  // Submit every section with content, approve as an editor, publish; the public page links the Word file.
  const state = (await (await admin.context.request.get("/api/profiles/uy")).json()) as { sections: { id: string; title: string }[] };
  const editor = await pageAs("editor");
  for (const title of ["Digital ID Overview", "Data Protection"]) {
    const section = state.sections.find((s) => s.title === title)!;
    const submitted = await admin.context.request.post(`/api/sections/${section.id}/revisions`, { data: {} });
    expect(submitted.status(), await submitted.text()).toBe(201);
    const { id } = (await submitted.json()) as { id: string };
    const approved = await editor.context.request.post(`/api/revisions/${id}/decision`, { data: { decision: "approved" } });
    expect(approved.status(), await approved.text()).toBe(200);
  }
  const published = await editor.context.request.post("/api/profiles/uy/versions", { data: { changelog: "First version" } });
  expect(published.status(), await published.text()).toBe(201);

  // A reader who is not signed in.
  const reader = await browser.newContext();
  const page = await reader.newPage();
  await page.goto("/profiles/uy/v/1");
  const [version] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Word", exact: true }).click()]);
  expect(version.suggestedFilename()).toBe("uy-v1.docx");
  const versionNotes = await footnotesOf(version);
  expect(versionNotes).toContain("‘Ley de Protección de Datos Personales’ <https://example.org/uy/datos> accessed 20 November 2026.");
  await reader.close();
});
