import type { Extension, onStatelessPayload } from "@hocuspocus/server";
import type { CollabContext } from "../collab-context";
import { citationOrdersRequest, encodeCitationOrdersMessage } from "../citation-orders-message";
import type { SectionStore } from "../section-store";

export interface ProfileChannelOptions {
  store: Pick<SectionStore, "citationOrders">;
  /** Orders of sections loaded on this instance, fresher than the database while being written. */
  liveCitationOrders: (profileId: string) => Record<string, string[]>;
  log: (line: string) => void;
}

/**
 * A profile's channel (`profile.<id>`, an empty read-only document): an editor that asks (after each sync) hears
 * every section's citation order, and everyone on it each change as the server stores it; presence and review
 * statuses travel on it too. Listeners that only want review statuses (the countries list) never ask.
 * Editors number footnotes across the profile from it without loading any other section.
 */
export class ProfileChannel implements Extension<CollabContext> {
  extensionName = "ProfileChannel";
  priority = 90;

  constructor(private readonly options: ProfileChannelOptions) {}

  async onStateless({ connection, payload }: onStatelessPayload): Promise<void> {
    const target = (connection.context as Partial<CollabContext>).target;
    if (payload !== citationOrdersRequest || target?.kind !== "profile") return;
    const { profileId } = target;
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
