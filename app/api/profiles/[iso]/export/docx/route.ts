import { jsonRoute } from "@/lib/actions/json-route";
import { buildDocx } from "@/lib/export/docx/build-docx";
import { draftToWord } from "@/lib/export/docx/draft-to-word";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ iso: string }> };

/** The current draft of a profile as a Word document (signed in; errors answer as JSON). */
export async function GET(request: Request, { params }: Params) {
  const { iso } = await params;
  return jsonRoute(request, async ({ actor, db }) => {
    const bytes = await buildDocx(await draftToWord({ actor, db, iso }));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "content-disposition": `attachment; filename="${iso.toLowerCase().replace(/[^a-z]/g, "")}-draft.docx"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
