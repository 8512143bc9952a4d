import type {
  beforeHandleAwarenessPayload,
  Connection,
  connectedPayload,
  Extension,
  onAuthenticatePayload,
  onDestroyPayload,
} from "@hocuspocus/server";
import { can } from "@/lib/auth/policies";
import type { CollabContext, CollabUser, ResolveUser } from "../collab-context";
import { CloseEvents, RefusalReasons } from "../close-events";
import { parseDocumentName, type DocumentTarget } from "../document-name";
import { RefusedError } from "../refused-error";
import type { SectionStore } from "../section-store";
import { userColor } from "../user-color";

export interface AuthenticationOptions {
  resolveUser: ResolveUser;
  store: Pick<SectionStore, "sectionExists" | "profileExists">;
  /** How often live connections are re-authorized (disabled users, lowered roles). */
  recheckIntervalMs: number;
  log: (line: string) => void;
}

type Access = "none" | "read" | "write";

function accessOf(user: CollabUser | null, target: DocumentTarget): Access {
  const actor = user ? { id: user.id, role: user.role } : null;
  if (!can(actor, "profile.readDraft")) return "none";
  return target.kind === "section" && can(actor, "section.edit") ? "write" : "read";
}

/**
 * Every connection asks lib/auth/policies: no read right is refused before any document byte is sent, read without
 * write is read-only, and live connections are re-checked so a disabled user or lowered role takes effect promptly.
 */
export class Authentication implements Extension<CollabContext> {
  extensionName = "Authentication";
  priority = 300;
  private readonly live = new Set<Connection<CollabContext>>();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly options: AuthenticationOptions) {
    this.timer = setInterval(() => void this.recheck(), options.recheckIntervalMs);
    this.timer.unref();
  }

  async onAuthenticate({ request, documentName, connectionConfig }: onAuthenticatePayload<CollabContext>): Promise<CollabContext> {
    const target = parseDocumentName(documentName);
    if (!target) throw new RefusedError(RefusalReasons.NotFound);
    const user = await this.options.resolveUser(request);
    if (!user) throw new RefusedError(RefusalReasons.Unauthenticated);
    const access = accessOf(user, target);
    if (access === "none") throw new RefusedError(RefusalReasons.Forbidden);
    const exists =
      target.kind === "section" ? await this.options.store.sectionExists(target.sectionId) : target.kind === "profile" ? await this.options.store.profileExists(target.profileId) : true;
    if (!exists) throw new RefusedError(RefusalReasons.NotFound);
    connectionConfig.readOnly = access !== "write";
    return { user, target, readOnly: connectionConfig.readOnly };
  }

  async connected({ connection }: connectedPayload<CollabContext>): Promise<void> {
    this.live.add(connection);
  }

  /** Names and colours in awareness come from the server's user, never from what the client claims. */
  async beforeHandleAwareness({ context, states }: beforeHandleAwarenessPayload<CollabContext>): Promise<void> {
    if (!context?.user) return;
    const user = { id: context.user.id, name: context.user.name, color: userColor(context.user.id) };
    for (const state of states.values()) state.user = user;
  }

  /** Re-authorizes every live connection now; closes those whose rights changed. */
  async recheck(): Promise<void> {
    const byRequest = new Map<Request, Connection<CollabContext>[]>();
    for (const connection of this.live) {
      if (!connection.document.hasConnection(connection)) {
        this.live.delete(connection);
        continue;
      }
      const list = byRequest.get(connection.request);
      if (list) list.push(connection);
      else byRequest.set(connection.request, [connection]);
    }
    await Promise.all(
      [...byRequest].map(async ([request, connections]) => {
        let user: CollabUser | null;
        try {
          user = await this.options.resolveUser(request);
        } catch (error) {
          this.options.log(`collab: re-checking a connection failed: ${(error as Error).message}`);
          return;
        }
        for (const connection of connections) this.apply(connection, user);
      }),
    );
  }

  private apply(connection: Connection<CollabContext>, user: CollabUser | null): void {
    const { target, readOnly } = connection.context;
    const access = accessOf(user, target);
    const nowReadOnly = access !== "write";
    if (access !== "none" && nowReadOnly === readOnly) return;
    // Stop accepting edits at once; the client reconnects and learns its new rights (or is refused).
    connection.readOnly = true;
    this.live.delete(connection);
    const { code, reason } = CloseEvents.AuthorizationChanged;
    connection.webSocket.close(code, reason);
  }

  async onDestroy(_: onDestroyPayload): Promise<void> {
    clearInterval(this.timer);
  }
}
