import type { AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { Citation } from "./citation-node";
import { isAllowedLink } from "./is-allowed-link";

/** The extensions every section document uses, on the server (schema, seeding) and in the browser. */
export function baseExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs brings its own undo manager that undoes only the local user's changes.
      undoRedo: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https", "mailto"],
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    Citation,
  ];
}
