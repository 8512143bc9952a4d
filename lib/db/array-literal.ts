/**
 * A PostgreSQL array literal of `items`, for one parameter cast to an array type (`${arrayLiteral(xs)}::text[]`):
 * every element is quoted and escaped, so any text is safe; null stays SQL NULL. One parameter for a whole column
 * keeps a many-row statement as cheap to build as a one-row statement.
 */
export function arrayLiteral(items: readonly (string | null)[]): string {
  return `{${items.map((item) => (item === null ? "NULL" : `"${item.replace(/[\\"]/g, "\\$&")}"`)).join(",")}}`;
}
