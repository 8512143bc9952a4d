import { jsonRoute } from "@/lib/actions/json-route";
import { profileReviewState } from "@/lib/review/profile-review-state";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ iso: string }> };

/** A profile's sections with id, title, status and the latest revision (signed in). */
export async function GET(request: Request, { params }: Params) {
  const { iso } = await params;
  return jsonRoute(request, ({ actor, db }) => profileReviewState({ actor, db, countryCode: iso }));
}
