/**
 * Runs a rehype-style transform (one that mutates a hast tree in place) inside a
 * Sätteri plugin. Sätteri hands plugins a read-only view of its native tree and takes
 * edits only through its context (`replaceNode`, `insertAfter`, `setProperty`, …), so
 * the transform works on a plain copy and the difference is replayed as those edits.
 * That keeps the pure cores (src/lib/glossary/*) the same for both pipelines.
 *
 * What replays: nodes inserted, removed or split (a text node replaced by several),
 * changed values of kept text-like nodes, and changed properties of kept elements.
 * Moving an existing node elsewhere or reordering siblings is not supported and fails
 * loudly rather than rendering something else.
 */

/** The least of a hast node this module reads. */
export type TreeNode = {
  type: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  children?: readonly TreeNode[];
};

/** The edits of Sätteri's hast context this module uses (a subset of `HastVisitorContext`). */
export type TreeEditor = {
  replaceNode(node: TreeNode, content: TreeNode[]): void;
  removeNode(node: TreeNode): void;
  insertAfter(node: TreeNode, content: TreeNode[]): void;
  prependChild(node: TreeNode, content: TreeNode[]): void;
  setProperty(node: TreeNode, key: string, value: unknown): void;
};

type Copy = { type: string; value?: unknown; properties?: Record<string, unknown>; children?: Copy[] };

/** A mutable deep copy; `originals` leads from every copied node back to the node Sätteri knows. */
function copyOf(node: TreeNode, originals: Map<Copy, TreeNode>): Copy {
  const copy: Copy = { ...node } as Copy;
  if (node.properties) copy.properties = { ...node.properties };
  if (node.children) copy.children = node.children.map((child) => copyOf(child, originals));
  originals.set(copy, node);
  return copy;
}

const same = (a: unknown, b: unknown) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

function replayNode(copy: Copy, original: TreeNode, originals: Map<Copy, TreeNode>, edit: TreeEditor): void {
  if (copy.properties && original.properties) {
    for (const [key, value] of Object.entries(copy.properties)) {
      if (!same(value, original.properties[key])) edit.setProperty(original, key, value);
    }
  }
  if (!copy.children || !original.children) return;
  const before = original.children;
  const position = new Map(before.map((node, i) => [node, i]));
  let next = 0; // first original child not yet accounted for
  let previous: TreeNode | undefined; // last original child kept so far
  let added: TreeNode[] = [];
  const flush = (upTo: number) => {
    const removed = before.slice(next, upTo);
    if (removed.length > 0) {
      // A split text node, or several neighbours replaced together: the new nodes take the first one's place.
      edit.replaceNode(removed[0]!, added);
      for (const node of removed.slice(1)) edit.removeNode(node);
    } else if (added.length > 0) {
      if (previous) edit.insertAfter(previous, added);
      else edit.prependChild(original, added);
    }
    added = [];
  };
  for (const child of copy.children) {
    const kept = originals.get(child);
    const at = kept === undefined ? undefined : position.get(kept);
    if (kept === undefined) {
      added.push(child);
      continue;
    }
    if (at === undefined || at < next) {
      throw new Error(`Cannot replay a moved ${child.type} node; a Sätteri tree takes insertions, removals and splits from this bridge, not moves.`);
    }
    flush(at);
    next = at + 1;
    previous = kept;
    if ('value' in child && child.value !== kept.value && !child.children) edit.replaceNode(kept, [{ ...child }]);
    else replayNode(child, kept, originals, edit);
  }
  flush(before.length);
}

/**
 * Applies `transform` to a copy of `root` and replays what it changed through `edit`.
 * `root` is the tree a Sätteri hook receives; it is not modified.
 */
export function replayTransform(root: TreeNode, edit: TreeEditor, transform: (tree: Copy) => void): void {
  const originals = new Map<Copy, TreeNode>();
  const copy = copyOf(root, originals);
  transform(copy);
  replayNode(copy, root, originals, edit);
}
