/**
 * replayTransform turns what a rehype-style transform did to a copy of the tree into
 * the edits Sätteri accepts, and refuses what it cannot replay faithfully.
 */
import { describe, expect, it } from 'vitest';
import { replayTransform, type TreeEditor, type TreeNode } from '../../../src/lib/satteri/replay.ts';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });

/** Runs a transform on a frozen tree (as Sätteri's views are) and lists the edits, naming nodes by their text or tag. */
function edits(tree: Node, transform: (copy: Node) => void): string[] {
  const name = (n: TreeNode) => (n as Node).value ?? (n as Node).tagName ?? n.type;
  const names = (ns: TreeNode[]) => ns.map(name).join(',');
  const log: string[] = [];
  const editor: TreeEditor = {
    replaceNode: (n, c) => log.push(`replace ${name(n)} with [${names(c)}]`),
    removeNode: (n) => log.push(`remove ${name(n)}`),
    insertAfter: (n, c) => log.push(`after ${name(n)} insert [${names(c)}]`),
    prependChild: (n, c) => log.push(`prepend to ${name(n)} [${names(c)}]`),
    setProperty: (n, k, v) => log.push(`set ${name(n)}.${k} = ${JSON.stringify(v)}`),
  };
  const freeze = (n: Node): Node => { n.children?.forEach(freeze); return Object.freeze(n); };
  replayTransform(freeze(tree) as TreeNode, editor, transform as never);
  return log;
}

describe('replayTransform', () => {
  it('replays a text node split around new elements as one replacement', () => {
    const tree = { type: 'root', children: [el('p', [text('ein cringe Wort'), el('em', [text('x')])])] };
    expect(edits(tree, (copy) => {
      copy.children![0]!.children!.splice(0, 1, text('ein '), el('button'), text(' Wort'));
    })).toEqual(['replace ein cringe Wort with [ein ,button, Wort]']);
  });

  it('replays nodes appended, prepended and inserted between kept ones', () => {
    const tree = { type: 'root', children: [el('p'), el('ul')] };
    expect(edits(tree, (copy) => {
      copy.children!.push(el('span'));
      copy.children!.splice(1, 0, el('hr'));
      copy.children!.unshift(el('h2'));
    })).toEqual(['prepend to root [h2]', 'after p insert [hr]', 'after ul insert [span]']);
  });

  it('replays removed nodes and changed text and properties of kept ones', () => {
    const tree = { type: 'root', children: [el('a', [text('alt')], { href: '/x/' }), el('hr'), el('br')] };
    expect(edits(tree, (copy) => {
      const [a] = copy.children!;
      a!.properties!.href = '/kb/x/';
      a!.children![0]!.value = 'neu';
      copy.children!.splice(1, 2);
    })).toEqual(['set a.href = "/kb/x/"', 'replace alt with [neu]', 'replace hr with []', 'remove br']);
  });

  it('changes nothing when the transform changes nothing', () => {
    expect(edits({ type: 'root', children: [el('p', [text('x')], { className: ['a', 'b'] })] }, () => {})).toEqual([]);
  });

  it('refuses to replay a node moved to another place', () => {
    const tree = { type: 'root', children: [el('p'), el('ul')] };
    expect(() => edits(tree, (copy) => { copy.children!.reverse(); })).toThrow('Cannot replay a moved element node');
  });
});
