import type { JSONContent } from "@tiptap/core";

type Mark = NonNullable<JSONContent["marks"]>[number];

/** What a node's renderer gets: the node, its children already rendered, and where it sits. */
export interface NodeProps<T> {
  node: JSONContent;
  children: T[];
  parent: JSONContent | null;
  /** The node's index among its parent's children that are nodes (malformed entries are skipped). */
  index: number;
}

/** What a mark's renderer gets: the mark and the text node's output so far (inner marks applied). */
export interface MarkProps<T> {
  mark: Mark;
  node: JSONContent;
  children: T;
}

/** One output format: a renderer per node type and per mark type (Tiptap's static renderer, for plain JSON). */
export interface JsonContentRenderer<T> {
  nodes: Record<string, (props: NodeProps<T>) => T>;
  marks?: Record<string, (props: MarkProps<T>) => T>;
  /** Nodes of a type with no renderer; by default their children only (so unknown wrappers don't lose text). */
  unhandledNode: (props: NodeProps<T>) => T;
}

const isNode = (value: unknown): value is JSONContent => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Renders stored ProseMirror JSON bottom-up, one walk: children first, then the node's renderer, then (for
 * text) each mark's renderer from the innermost out. Malformed nodes (not objects) are skipped. Each output
 * does its own escaping, once, in its text renderer.
 */
export function renderJsonContent<T>(doc: unknown, renderer: JsonContentRenderer<T>): T {
  const walk = (node: JSONContent, parent: JSONContent | null, index: number): T => {
    const content = Array.isArray(node.content) ? node.content.filter(isNode) : [];
    const children = content.map((child, i) => walk(child, node, i));
    const render = (typeof node.type === "string" && Object.hasOwn(renderer.nodes, node.type) ? renderer.nodes[node.type] : undefined) ?? renderer.unhandledNode;
    let out = render({ node, children, parent, index });
    if (node.type === "text" && Array.isArray(node.marks)) {
      for (const mark of node.marks) {
        const renderMark = isNode(mark) && typeof mark.type === "string" && renderer.marks && Object.hasOwn(renderer.marks, mark.type) ? renderer.marks[mark.type] : undefined;
        if (renderMark) out = renderMark({ mark, node, children: out });
      }
    }
    return out;
  };
  return walk(isNode(doc) ? doc : { type: "doc", content: [] }, null, 0);
}
