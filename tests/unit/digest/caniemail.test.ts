/**
 * What caniemail.com's data says the newsletter HTML uses that some clients do not
 * support. The known list is committed as a baseline; the test fails only when the
 * HTML starts to use something new that Outlook, Gmail or Apple Mail lack.
 * After a deliberate change, UPDATE_GOLDEN=1 rewrites the baseline; review its diff.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { caniemail } from 'caniemail';
import { renderHtml } from '../../../src/lib/digest/mjml.ts';
import { FIXTURE, septemberModel } from './support.ts';
import { UPDATING } from '../../support/golden.ts';

const BASELINE = path.join(FIXTURE, 'caniemail-baseline.json');
const CLIENTS = ['outlook.*', 'gmail.*', 'apple-mail.*'] as const;

type Report = Record<string, string[]>;

/** Per client, each unsupported ("error") or partly supported ("warning") feature once, sorted. */
function report(html: string): Report {
  const { issues } = caniemail({ clients: [...CLIENTS], html });
  const out: Record<string, Set<string>> = {};
  for (const [type, byClient] of [['error', issues.errors], ['warning', issues.warnings]] as const) {
    for (const [client, list] of byClient) for (const issue of list) (out[client] ??= new Set()).add(`${type}: ${issue.title}`);
  }
  return Object.fromEntries(Object.keys(out).sort().map((client) => [client, [...out[client]!].sort()]));
}

describe('caniemail report of newsletter.html', () => {
  it('finds nothing new compared with the committed baseline', async (context) => {
    const current = report(await renderHtml(septemberModel()));
    if (UPDATING) {
      writeFileSync(BASELINE, `${JSON.stringify(current, null, 2)}\n`);
      context.skip('UPDATE_GOLDEN=1: rewrote the caniemail baseline; review the diff and run the tests again');
    }
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Report;
    const added = Object.fromEntries(
      Object.entries(current)
        .map(([client, features]) => [client, features.filter((f) => !(baseline[client] ?? []).includes(f))] as const)
        .filter(([, features]) => features.length > 0),
    );
    expect(added).toEqual({});
  });

  it('finds no unsupported feature in Gmail on the desktop beyond colour-scheme hints, the cursor and link targets', async () => {
    // Gmail ignores these harmlessly: it applies its own dark mode and opens links in a new tab anyway.
    const errors = report(await renderHtml(septemberModel()))['gmail.desktop-webmail']!.filter((f) => f.startsWith('error'));
    expect(errors).toEqual(['error: color-scheme CSS property', 'error: color-scheme meta tag', 'error: cursor', 'error: target attribute']);
  });
});
