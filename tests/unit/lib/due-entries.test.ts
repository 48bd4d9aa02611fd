import { describe, expect, it } from 'vitest';
import { dueByMentor, type DueInput } from '../../../src/lib/due-entries.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-06-01');

const entry = (id: string, review: string, mentors: string[], draft = false) => ({
  id,
  file: `content/entries/${id}.mdx`,
  data: { title: id[0]!.toUpperCase() + id.slice(1), review: day(review), mentors, draft },
});

const library: DueInput = {
  entries: [
    entry('tiktok', '2026-06-20', ['lena']),
    entry('snapchat', '2025-07-09', ['noah', 'lena']),
    entry('bereal', '2026-05-01', ['lena']),
    entry('entwurf', '2025-01-01', ['lena'], true),
    entry('threads', '2026-12-01', ['lena']),
    entry('mastodon', '2026-05-20', ['gone']),
  ],
  mentors: [
    { id: 'lena', data: { name: 'Lena Hoffmann', contact: '@lena.hoffmann', active: true } },
    { id: 'noah', data: { name: 'Noah Becker', active: false } },
  ],
};

describe('entries due for review, by mentor', () => {
  it('lists the overdue published entries under each of their mentors, mentors by name, oldest review first', () => {
    expect(dueByMentor(library, today).map((g) => [g.name, g.entries.map((e) => `${e.id} ${e.state} ${e.days}`)])).toEqual([
      ['gone', ['mastodon overdue 12']],
      ['Lena Hoffmann', ['snapchat overdue 327', 'bereal overdue 31']],
      ['Noah Becker', ['snapchat overdue 327']],
    ]);
  });

  it('adds the entries due within the given days, but never drafts or those due later', () => {
    const lena = dueByMentor(library, today, 30).find((g) => g.id === 'lena')!;
    expect(lena.entries.map((e) => `${e.id} ${e.state} ${e.days}`)).toEqual(['snapchat overdue 327', 'bereal overdue 31', 'tiktok due-soon 19']);
  });

  it('keeps what the report needs of the mentor, and names a missing profile by its id, as active', () => {
    const [gone, lena, noah] = dueByMentor(library, today);
    expect(gone).toMatchObject({ id: 'gone', name: 'gone', active: true, contact: undefined });
    expect(lena).toMatchObject({ contact: '@lena.hoffmann', active: true });
    expect(noah).toMatchObject({ active: false });
    expect(lena!.entries[0]).toEqual({ id: 'snapchat', file: 'content/entries/snapchat.mdx', title: 'Snapchat', review: day('2025-07-09'), state: 'overdue', days: 327 });
  });

  it('is empty when nothing is due', () => {
    expect(dueByMentor(library, day('2024-01-01'))).toEqual([]);
  });
});
