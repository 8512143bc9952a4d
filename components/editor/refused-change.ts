import { CloseEvents } from "@/lib/collab/close-events";

/**
 * Close codes that mean the server refused a change this client sent: reconnecting would send it again and be
 * refused again, so the session stops instead and explains (see CollabSession).
 */
export function refusedChangeMessage(code: number): string | null {
  switch (code) {
    case CloseEvents.MessageTooLarge.code:
      return "The server refused your last change because it is larger than one message may be. It was not saved, and editing has stopped so it is not sent again. Copy anything you need, then reload from the server (unsaved changes are discarded) and add the text in smaller parts.";
    case CloseEvents.DocumentTooLarge.code:
      return "This section has reached its maximum size, so the server refused your last change. It was not saved, and editing has stopped so it is not sent again. Copy anything you need, then reload from the server (unsaved changes are discarded) and move some text into another section.";
    case CloseEvents.InvalidCharacters.code:
      return "The server refused your last change because it holds a control character (such as NUL) that a section cannot store. It was not saved, and editing has stopped so it is not sent again. Copy anything you need, then reload from the server (unsaved changes are discarded) and add the text again.";
    default:
      return null;
  }
}
