import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ChildProcess } from 'node:child_process';
import { BuildError, childEnv, parseTime, runBuild, type Spawn } from '../../../scripts/bench/build.ts';

/** A child process that prints scripted lines at scripted times of a fake clock, then exits. */
function fakeSpawn(script: Record<string, { at: number; out: string }[]>, exit: Record<string, number> = {}, clock: { now: number }) {
  const calls: { command: string; args: readonly string[]; env: NodeJS.ProcessEnv | undefined }[] = [];
  const spawn: Spawn = (command, args, options) => {
    calls.push({ command, args, env: options.env });
    const child = new EventEmitter() as ChildProcess;
    const stdout = new PassThrough();
    Object.assign(child, { pid: undefined, stdout, stderr: new PassThrough() });
    setImmediate(async () => {
      for (const step of script[command] ?? []) {
        clock.now = step.at;
        stdout.write(step.out);
        await new Promise((r) => setImmediate(r));
      }
      child.emit('close', exit[command] ?? 0);
    });
    return child;
  };
  return { spawn, calls };
}

describe('running a build', () => {
  it('times each log line as it arrives, across commands, and reads the phases', async () => {
    const clock = { now: 0 };
    const { spawn, calls } = fakeSpawn({
      astro: [
        { at: 1000, out: '[content] Synced content\n' },
        { at: 5000, out: ' generating static routes \n  ├─ /entries/a/index.html (+12ms)\n' },
        { at: 7000, out: '✓ Completed in 2s.\n' },
      ],
      pagefind: [{ at: 9000, out: 'Indexed 1 page\n' }],
    }, {}, clock);
    const run = await runBuild(
      [{ label: 'astro', command: 'astro', args: ['build'], cwd: '/p' }, { label: 'pagefind', command: 'pagefind', args: ['--site', 'dist'], cwd: '/p', env: { X: '1' } }],
      { spawn, now: () => clock.now, env: { VITEST: 'true', PATH: '/bin' }, watch: () => ({ stop: () => 123 }) },
    );
    expect(run.ms).toBe(9000);
    expect(run.phases).toEqual({ sync: 1000, bundle: 4000, render: 2000, images: 0, index: 2000, total: 9000 });
    expect(run.pages).toEqual([{ route: '/entries/a/index.html', ms: 12 }]);
    expect(run.lines.map((l) => l.t)).toEqual([1000, 5000, 5000, 7000, 9000]);
    expect(calls[1]!.env).toMatchObject({ X: '1', PATH: '/bin' });
    expect(calls[1]!.env).not.toHaveProperty('VITEST');
  });

  it('stops at the first failing command and says which, with the lines that name the error', async () => {
    const clock = { now: 0 };
    const { spawn, calls } = fakeSpawn({ astro: [{ at: 10, out: 'working\n[ERROR] entries → x: title: expected text of 3–90 characters\n' }] }, { astro: 1 }, clock);
    const build = runBuild(
      [{ label: 'astro build (ours)', command: 'astro', args: [], cwd: '/p' }, { label: 'never', command: 'pagefind', args: [], cwd: '/p' }],
      { spawn, now: () => clock.now, env: {}, watch: () => ({ stop: () => 0 }) },
    );
    await expect(build).rejects.toBeInstanceOf(BuildError);
    await expect(build).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BuildError: astro build (ours) failed (exit 1) in /p:
      [ERROR] entries → x: title: expected text of 3–90 characters]
    `);
    expect(calls).toHaveLength(1);
  });
});

describe('CPU time', () => {
  it('is read from GNU time\'s last line, also after a failing command', () => {
    expect(parseTime('12.34 20.50 1.25 1700000\n')).toEqual({ cpuMs: 21_750 });
    expect(parseTime('Command exited with non-zero status 1\n0.50 0.40 0.10 52000\n')).toEqual({ cpuMs: 500 });
    expect(parseTime('')).toBeUndefined();
  });

  it('is measured by running each command under GNU time when it is there', async () => {
    const clock = { now: 0 };
    const { spawn, calls } = fakeSpawn({}, {}, clock);
    const run = await runBuild([{ label: 'astro', command: 'node', args: ['astro.mjs', 'build'], cwd: '/p' }], { spawn, now: () => clock.now, env: {}, time: '/usr/bin/time', watch: () => ({ stop: () => 0 }) });
    expect(calls[0]!.command).toBe('/usr/bin/time');
    expect(calls[0]!.args.slice(0, 3)).toEqual(['-f', '%e %U %S %M', '-o']);
    expect(calls[0]!.args.slice(4)).toEqual(['node', 'astro.mjs', 'build']);
    // The fake wrote no timing file: the CPU time is unknown rather than zero.
    expect(run.cpuMs).toBeUndefined();
  });
});

describe('the environment of a child build', () => {
  it('drops the test runner\'s Vite variables and inherited site settings, and turns telemetry and colours off', () => {
    const env = childEnv({ PATH: '/bin', MODE: 'test', NODE_ENV: 'test', VITEST_POOL_ID: '1', CONTENT_DIR: 'x', HOME: undefined }, { CONTENT_DIR: 'bench/work/1000/content' });
    expect(env).toEqual({ PATH: '/bin', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', CONTENT_DIR: 'bench/work/1000/content' });
  });
});
