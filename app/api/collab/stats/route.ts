import { jsonRoute } from "@/lib/actions/json-route";
import { readCollabStats } from "@/lib/collab/collab-stats";

export const dynamic = "force-dynamic";

/** GET: what this process's collaboration server holds (admins; tests assert one section document per editor). */
export function GET(request: Request) {
  return jsonRoute(request, async ({ actor }) => readCollabStats(actor));
}
