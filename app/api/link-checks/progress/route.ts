import { can } from "@/lib/auth/policies";
import { requestUser } from "@/lib/auth/request-user";
import { toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { linkCheckProgress } from "@/lib/links/link-check-progress";

export const dynamic = "force-dynamic";

/** Server-sent events: the newest link-check run's progress ({ runId, state, done, total, currentHost, finishedAt } or null), sent when it changes. */
export async function GET(request: Request) {
  const user = await requestUser(request);
  if (!user) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  if (!can(toActor(user), "profile.readDraft")) return Response.json({ error: "You do not have permission to see link checks." }, { status: 403 });
  const db = getDb();
  const encoder = new TextEncoder();
  let timer: NodeJS.Timeout | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let last = "";
      const send = async () => {
        try {
          const json = JSON.stringify(await linkCheckProgress(db));
          controller.enqueue(encoder.encode(json === last ? ": keep-alive\n\n" : `data: ${json}\n\n`));
          last = json;
          timer = setTimeout(() => void send(), 1000);
        } catch {
          controller.close();
        }
      };
      request.signal.addEventListener("abort", () => {
        clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      await send();
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive" } });
}
