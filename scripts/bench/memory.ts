/**
 * Peak memory of a build: the summed resident memory of a process and all its
 * children (Astro, and the Pagefind binary it starts), sampled from /proc. Summing the
 * tree matters: `/usr/bin/time` reports only the largest single process.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The parent pid from the text of /proc/<pid>/stat; the command name may hold spaces and parentheses. */
export function parentPid(statText: string): number | undefined {
  const rest = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(rest[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Resident memory in bytes from the text of /proc/<pid>/status (`VmRSS: 123 kB`). */
export function residentBytes(statusText: string): number {
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** The root and every process below it, given each process's parent. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

export type ProcReader = { pids(): number[]; stat(pid: number): string; status(pid: number): string };

export const procFs: ProcReader = {
  pids: () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number),
  stat: (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8'),
  status: (pid) => readFileSync(`/proc/${pid}/status`, 'utf8'),
};

/** Summed resident memory of the tree under `root` right now; processes that end meanwhile count as 0. */
export function treeResident(root: number, proc: ProcReader = procFs): number {
  const parents = new Map<number, number>();
  for (const pid of proc.pids()) {
    try {
      const ppid = parentPid(proc.stat(pid));
      if (ppid !== undefined) parents.set(pid, ppid);
    } catch { /* ended while we looked */ }
  }
  let total = 0;
  for (const pid of processTree(root, parents)) {
    try { total += residentBytes(proc.status(pid)); } catch { /* ended while we looked */ }
  }
  return total;
}

export const hasProc = (() => {
  try { return readdirSync('/proc').includes('self'); } catch { return false; }
})();

/** Samples the tree every `everyMs` until stopped; returns the highest sum seen (0 where there is no /proc). */
export function watchPeak(root: number, everyMs = 200, proc: ProcReader = procFs): { stop(): number } {
  let peak = 0;
  const sample = () => { peak = Math.max(peak, treeResident(root, proc)); };
  if (!hasProc) return { stop: () => 0 };
  sample();
  const timer = setInterval(sample, everyMs);
  return { stop: () => { clearInterval(timer); sample(); return peak; } };
}
