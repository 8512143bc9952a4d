import { publicResponse } from "@/lib/public-site/public-response";

export const dynamic = "force-dynamic";

/** Public pages (index, versions, history, compare, exports): stored bytes, see lib/public-site. */
export function GET(request: Request) {
  return publicResponse(request);
}
