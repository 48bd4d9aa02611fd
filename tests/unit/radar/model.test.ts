import { describe, expect, it } from 'vitest';
import { moved, radarModel, siteRadar, type RadarEntry } from '../../../src/lib/radar/model.ts';
import { parseIsoDay } from '../../../src/lib/dates.ts';
import { entrySchema } from '../../../src/schemas/entry.ts';

const day = (s: string) => parseIsoDay(s)!;
const base = { summary: 'Ein Eintrag, wie ihn Mentor:innen schreiben.', mentors: ['mia-schulze'], tags: ['community'], level: 'starter', published: '2025-03-01' };
const make = (id: string, fields: Record<string, unknown>): RadarEntry => ({ id, data: entrySchema().parse({ ...base, ...fields }) });

const entries = [
  make('signal', { title: 'Signal', kind: 'app', ring: 'niche' }),
  make('tiktok', { title: 'TikTok', kind: 'app', ring: 'everyday' }),
  make('du-kultur', { title: 'Du-Kultur', kind: 'value', ring: 'everyday', updated: '2026-11-03', history: [{ date: '2025-03-01', ring: 'rising' }] }),
  make('de-influencing', { title: 'De-Influencing', kind: 'trend', ring: 'rising', published: '2026-11-10' }),
  make('clubhouse', { title: 'Clubhouse', kind: 'app', ring: 'fading', updated: '2026-11-15', history: [{ date: '2021-10-01', ring: 'niche' }] }),
];

describe('the radar model', () => {
  const { rows } = radarModel(entries, day('2026-10-31'));

  it('lists rows by sector, then ring from the centre out, then title: the table’s and the keyboard’s order', () => {
    expect(rows.map((r) => r.id)).toEqual(['tiktok', 'signal', 'clubhouse', 'de-influencing', 'du-kultur']);
  });

  it('gives each row its place on the radar and its movement', () => {
    expect(rows.find((r) => r.id === 'du-kultur')).toMatchObject({ movement: 'in', from: 'rising', kind: 'value' });
    expect(rows.find((r) => r.id === 'de-influencing')).toMatchObject({ movement: 'new' });
    expect(rows.every((r) => Number.isFinite(r.x) && Number.isFinite(r.y))).toBe(true);
  });

  it('tells what moved: new entries first, then moved in, then moved out', () => {
    expect(moved(rows).map((r) => [r.id, r.movement])).toEqual([['de-influencing', 'new'], ['du-kultur', 'in'], ['clubhouse', 'out']]);
  });

  it('computes the site radar once per build for the radar page and the home page', () => {
    const names = ['Alltag', 'im Kommen', 'Nische', 'auf dem Rückzug'];
    const a = siteRadar(entries, [{ number: 2, to: day('2026-10-31') }], day('2026-11-28'), names);
    const b = siteRadar(entries, [{ number: 2, to: day('2026-10-31') }], day('2026-11-28'), names);
    expect(b.model).toBe(a.model);
    expect(a.window).toEqual({ since: day('2026-10-31'), basis: 'digest', digest: 2 });
    expect(a.model.layout.ringLabels.map((l) => l.ring)).toEqual(['everyday', 'rising', 'niche', 'fading']);
  });
});
