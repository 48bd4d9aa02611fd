import { describe, expect, it } from 'vitest';
import { leftOut } from '../../../src/lib/digest/left-out.ts';
import type { DigestEntry } from '../../../src/lib/digest/select.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const entry = (id: string, published: string, extra: { updated?: string; draft?: boolean } = {}): DigestEntry => ({
  id,
  data: { title: id, summary: '', kind: 'trend', level: 'starter', ring: 'rising', mentors: [], published: d(published), ...(extra.updated ? { updated: d(extra.updated) } : {}), featured: false, draft: extra.draft ?? false, history: [] },
});

describe('why an entry is not in a digest', () => {
  // Digest #1 covered June to August and listed "alt"; this digest covers September.
  const records = [{ number: 1, from: d('2026-06-01'), to: d('2026-08-31'), entries: ['alt'] }];
  const period = { from: d('2026-09-01'), to: d('2026-09-30') };

  it('names the reason for each entry left out, the ones no digest will ever announce first', () => {
    const entries = [
      entry('drin', '2026-09-10'),
      entry('alt', '2026-07-01'),
      entry('nachgereicht', '2026-07-15'),
      entry('entwurf', '2026-09-12', { draft: true }),
      entry('spaeter', '2026-10-02'),
      entry('uralt', '2025-03-01'),
    ];
    const found = leftOut(entries, [entries[0]!], period, records);
    expect(found.map((f) => [f.id, f.reason])).toEqual([
      ['nachgereicht', 'never'],
      ['entwurf', 'draft'],
      ['spaeter', 'after'],
      ['alt', 'announced'],
      ['uralt', 'older'],
    ]);
    expect(found[0]!.text).toBe('published 2026-07-15, before this period (from 2026-09-01), and in no digest: no digest will announce it. To announce it now, set updated to a day from 2026-09-01 to 2026-09-30 (last: 2026-07-15)');
    expect(found[3]!.text).toContain('announced in digest #1');
  });

  it('leaves out nothing the digest holds', () => {
    const entries = [entry('drin', '2026-09-10'), entry('auch', '2026-08-01', { updated: '2026-09-02' })];
    expect(leftOut(entries, entries, period, records)).toEqual([]);
  });
});
