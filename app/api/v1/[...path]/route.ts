import { publicResponse } from "@/lib/public-site/public-response";

export const dynamic = "force-dynamic";

/** The public JSON API (`/api/v1/profiles…`, `/api/v1/openapi.json`): stored bytes, see lib/public-site. */
export function GET(request: Request) {
  return publicResponse(request);
}
