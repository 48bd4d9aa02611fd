/** "Today" is read in one place (src/today.ts): SOURCE_DATE_EPOCH when set, else the clock, as a UTC day. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayFrom } from '../../../src/today.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const clock = () => new Date('2031-05-17T22:45:00Z');

describe('today', () => {
  it('is the UTC day of SOURCE_DATE_EPOCH when it is set, whatever the clock says', () => {
    // 1796083200 = 2026-12-01T00:00:00Z; 1796126399 is 11:59:59 later the same day.
    expect(todayFrom({ SOURCE_DATE_EPOCH: '1796083200' }, clock).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(todayFrom({ SOURCE_DATE_EPOCH: '1796126399' }, clock).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('is the start of the clock’s UTC day when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(todayFrom({}, clock).toISOString()).toBe('2031-05-17T00:00:00.000Z');
    expect(todayFrom({ SOURCE_DATE_EPOCH: '' }, clock).toISOString()).toBe('2031-05-17T00:00:00.000Z');
  });

  it.each(['yesterday', '-5', '1.5', '17e8'])('refuses SOURCE_DATE_EPOCH=%s with what it expects', (value) => {
    expect(() => todayFrom({ SOURCE_DATE_EPOCH: value }, clock)).toThrow(`SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, such as 1764547200, found "${value}"`);
  });

  it('makes a command stop with that message and exit code 2, not a stack trace', () => {
    // In the language the variables name, as every message of the commands.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: 'yesterday', SITE_LOCALE: 'en' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, such as 1764547200, found "yesterday"');
    const german = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: 'yesterday', SITE_LOCALE: 'de' }, encoding: 'utf8' });
    expect(german.stderr.trim()).toBe('SOURCE_DATE_EPOCH: erwartet ganze Sekunden seit 1970-01-01 UTC, wie 1764547200, gefunden "yesterday"');
    expect(run.stdout).toBe('');
  });
});
