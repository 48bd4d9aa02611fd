import { describe, expect, it } from 'vitest';
import { parentPid, processTree, residentBytes, treeResident, type ProcReader } from '../../../scripts/bench/memory.ts';

describe('peak memory of a process tree', () => {
  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPid('4242 (node (astro) x) S 4100 4242 4100 0 -1 4194560')).toBe(4100);
    expect(parentPid('7 (pagefind) R 4242 7 4100')).toBe(4242);
  });

  it('reads resident memory in bytes', () => {
    expect(residentBytes('Name:\tnode\nVmPeak:\t 900 kB\nVmRSS:\t  2048 kB\n')).toBe(2048 * 1024);
    expect(residentBytes('Name:\tzombie\n')).toBe(0);
  });

  it('finds every process below the root, grandchildren included, and nothing beside it', () => {
    const parents = new Map([[10, 1], [11, 10], [12, 11], [13, 10], [20, 1]]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });

  it('sums the tree and counts processes that end meanwhile as nothing', () => {
    const stat: Record<number, string> = { 1: '1 (init) S 0', 10: '10 (node) S 1', 11: '11 (pagefind) S 10', 20: '20 (other) S 1' };
    const rss: Record<number, number> = { 1: 5, 10: 300, 20: 700 };
    const proc: ProcReader = {
      pids: () => [1, 10, 11, 20],
      stat: (pid) => stat[pid]!,
      status: (pid) => {
        if (!(pid in rss)) throw new Error('ENOENT');
        return `VmRSS:\t${rss[pid]} kB\n`;
      },
    };
    expect(treeResident(10, proc)).toBe(300 * 1024);
  });
});
