/**
 * The depth each section has among the published ones: template sections in reading order with their template
 * depth, and whether each is published. A section whose parent is left out is not nested under whatever published
 * section happens to come before it; it rises to the depth of its nearest published ancestor's children.
 * Unpublished sections get the depth they would have, so the result lines up with the input.
 */
export function publishedDepths(sections: { depth: number; published: boolean }[]): number[] {
  const ancestors: { depth: number; published: boolean }[] = [];
  return sections.map((s) => {
    while (ancestors.length > 0 && ancestors[ancestors.length - 1]!.depth >= s.depth) ancestors.pop();
    const depth = ancestors.filter((a) => a.published).length;
    ancestors.push(s);
    return depth;
  });
}
