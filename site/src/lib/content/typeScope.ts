import type { ExprNode } from 'groq-js'

/** The `_type` a filter condition requires (`_type == "x"`, possibly `&&`-ed with more), if any. */
function requiredType(expr: ExprNode): string | undefined {
  if (expr.type === 'And') return requiredType(expr.left) ?? requiredType(expr.right)
  if (expr.type !== 'OpCall' || expr.op !== '==') return undefined
  const { left, right } = expr
  const isTypeField = left.type === 'AccessAttribute' && !left.base && left.name === '_type'
  return isTypeField && right.type === 'Value' && typeof right.value === 'string'
    ? right.value
    : undefined
}

/** Every `*` of a query tree with the node it sits in. */
function everythingParents(node: unknown, parent: unknown, found: unknown[]): void {
  if (Array.isArray(node)) {
    for (const item of node) everythingParents(item, parent, found)
    return
  }
  if (typeof node !== 'object' || node === null) return
  if ((node as { type?: unknown }).type === 'Everything') found.push(parent)
  for (const value of Object.values(node)) everythingParents(value, node, found)
}

/**
 * The document type a query can only ever see, or undefined. When the query's one and only `*` is filtered by a
 * literal `_type == "x"`, documents of any other type never pass that filter, so evaluating the query over just
 * the documents of type `x` (kept in dataset order) gives the same result without scanning the whole dataset:
 * groq-js evaluates the filter per document, about 30 ms per query at 14,000 documents.
 */
export function typeScope(tree: ExprNode): string | undefined {
  const parents: unknown[] = []
  everythingParents(tree, undefined, parents)
  if (parents.length !== 1) return undefined
  const parent = parents[0] as ExprNode | undefined
  return parent?.type === 'Filter' && parent.base.type === 'Everything'
    ? requiredType(parent.expr)
    : undefined
}
