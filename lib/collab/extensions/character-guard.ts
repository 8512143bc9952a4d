import type { beforeHandleMessagePayload, Extension } from "@hocuspocus/server";
import type { CollabContext } from "../collab-context";
import { CloseEvents } from "../close-events";
import { frameUpdate } from "../frame-kind";
import { updateForbiddenCharacter } from "../update-forbidden-character";

/**
 * Refuses any update that would put a NUL, another C0 control (but tab and newlines) or a non-character into a
 * section: the socket closes with 4415 and nothing of it is applied or stored. The text is never rewritten here;
 * the editor strips such characters from local typing and pastes, so only a foreign client is refused.
 */
export class CharacterGuard implements Extension<CollabContext> {
  extensionName = "CharacterGuard";
  priority = 240;

  async beforeHandleMessage({ documentName, update, connection }: beforeHandleMessagePayload<CollabContext>): Promise<void> {
    if (connection.readOnly) return;
    const payload = frameUpdate(update);
    if (!payload) return;
    const character = updateForbiddenCharacter(payload);
    if (!character) return;
    const { code, reason } = CloseEvents.InvalidCharacters;
    connection.webSocket.close(code, reason);
    throw Object.assign(new Error(`${documentName}: refused an update holding ${character}`), { code, reason });
  }
}
