import type { AnyExtension } from "@tiptap/core";
import { Link } from "@tiptap/extension-link";
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
      link: false,
    }),
    // Only href is kept (pasted class/target/rel/title could style a link over the page); the renderer sets rel.
    Link.extend({
      addAttributes() {
        return { href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute("href") } };
      },
    }).configure({
      openOnClick: false,
      autolink: true,
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => isAllowedLink(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow" },
    }),
    Citation,
  ];
}
