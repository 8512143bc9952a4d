import { jsonRoute } from "@/lib/actions/json-route";
import { submitForReview } from "@/lib/review/submit-for-review";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** Submits the section for review: 201 {id, number, contentHash, status}. */
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  return jsonRoute(
    request,
    async ({ actor, db, body }) => {
      const note = body && typeof body === "object" && "note" in body ? (body as { note: unknown }).note : undefined;
      const rev = await submitForReview({ actor, db, input: { sectionId: id, note } });
      return { id: rev.id, number: rev.number, contentHash: rev.contentHash, status: rev.status };
    },
    { status: 201 },
  );
}
