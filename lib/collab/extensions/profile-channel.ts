import type { connectedPayload, Extension } from "@hocuspocus/server";
import type { CollabContext } from "../collab-context";
import { encodeCitationOrdersMessage } from "../citation-orders-message";
import type { SectionStore } from "../section-store";

export interface ProfileChannelOptions {
  store: Pick<SectionStore, "citationOrders">;
  /** Orders of sections loaded on this instance, fresher than the database while being written. */
  liveCitationOrders: (profileId: string) => Record<string, string[]>;
  log: (line: string) => void;
}

/**
 * A profile's channel (`profile.<id>`, an empty read-only document): whoever joins first hears every section's
 * citation order, then each change as the server stores it; presence and review statuses travel on it too.
 * Editors number footnotes across the profile from it without loading any other section.
 */
export class ProfileChannel implements Extension<CollabContext> {
  extensionName = "ProfileChannel";
  priority = 90;

  constructor(private readonly options: ProfileChannelOptions) {}

  async connected({ connection, context }: connectedPayload<CollabContext>): Promise<void> {
    if (context.target.kind !== "profile") return;
    const { profileId } = context.target;
    try {
      const stored = await this.options.store.citationOrders(profileId);
      // Taken after the read: what this instance broadcast meanwhile is in it.
      const orders = { ...stored, ...this.options.liveCitationOrders(profileId) };
      connection.sendStateless(encodeCitationOrdersMessage(orders));
    } catch (error) {
      this.options.log(`collab: reading the citation orders of profile.${profileId} failed: ${(error as Error).message}`);
    }
  }
}
