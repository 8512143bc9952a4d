import { jsonRoute } from "@/lib/actions/json-route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/queries";
import { updateUser } from "@/lib/users/update-user";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return jsonRoute(request, ({ actor, db }) => listUsers({ actor, db }));
}

export function POST(request: Request) {
  return jsonRoute(request, ({ actor, db, body }) => createUser({ actor, db, input: body }));
}

export function PATCH(request: Request) {
  return jsonRoute(request, ({ actor, db, body }) => updateUser({ actor, db, input: body }));
}
