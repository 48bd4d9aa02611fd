/**
 * `npm run digest` driven through `main(argv, io)` on copies of the fixture library:
 * golden files, determinism, the record it writes, and every bad input.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { msgIn } from '../../../src/i18n/messages.ts';
import { loadLibrary } from '../../../scripts/lib/load-library.ts';
import { ENV, GOLDEN, day, digest, project, removeProjects, snapshot } from './support.ts';
import { expectGolden } from '../../support/golden.ts';

afterAll(removeProjects);

const OUT_FILES = ['newsletter.html', 'newsletter.txt', 'newsletter.md', 'newsletter.eml'];
const SEPTEMBER = ['--to', '2026-09-30', '--intro', 'intro.md'];

function outputs(cwd: string, number = 2): Record<string, Buffer> {
  const files: Record<string, Buffer> = { [`${number}.md`]: readFileSync(path.join(cwd, `content/digests/${number}.md`)) };
  for (const f of OUT_FILES) files[f] = readFileSync(path.join(cwd, `digests-out/${number}`, f));
  return files;
}

describe('npm run digest writes the record and four formats', () => {
  it('matches the golden files (set UPDATE_GOLDEN=1 to rewrite them after a deliberate change)', async (context) => {
    const run = await digest(SEPTEMBER);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = outputs(run.cwd);
    expectGolden(context, GOLDEN, files);
  });

  it('gives byte-identical files for the same content and flags, whatever the clock says', async () => {
    const flags = ['--from', '2026-09-01', ...SEPTEMBER];
    const first = outputs((await digest(flags)).cwd);
    const second = outputs((await digest(flags, { now: new Date('2027-03-01T23:59:00Z') })).cwd);
    expect(second).toEqual(first);
  });

  it('writes a record that the site’s schema and rules accept, with the featured entries first', async () => {
    const run = await digest(SEPTEMBER);
    const { library, problems } = loadLibrary('content', day('2026-10-05'), run.cwd);
    expect(problems).toEqual([]);
    const record = library.digests.find((d) => d.data.number === 2)!;
    expect(record.data).toMatchObject({
      title: 'Trend Library Digest #2 – September 2026', from: day('2026-09-01'), to: day('2026-09-30'), published: day('2026-09-30'),
      entries: ['voice-notes-en', 'gruesse-und-emojis', 'am-letzten-tag', 'am-ersten-tag'], featured: ['voice-notes-en', 'gruesse-und-emojis'],
    });
    expect(readFileSync(path.join(run.cwd, 'content/digests/2.md'), 'utf8')).toContain('\n---\n\nLiebe Kolleg:innen,\n');
  });

  it('leaves no temporary files behind', async () => {
    const run = await digest(SEPTEMBER);
    expect(readdirSync(path.join(run.cwd, 'digests-out/2')).sort()).toEqual([...OUT_FILES].sort());
    expect(readdirSync(path.join(run.cwd, 'content/digests')).sort()).toEqual(['1.md', '2.md']);
  });

  it('reports what it selected and wrote', async () => {
    const run = await digest(SEPTEMBER);
    // Sizes change with every design tweak; the golden files pin the bytes.
    expect(run.stdout.replace(/\(\d+,\d KB\)/g, '(… KB)')).toMatchInlineSnapshot(`
      "Digest #2: Trend Library Digest #2 – September 2026
      Zeitraum: 2026-09-01..2026-09-30 (nach Digest #1)
      4 Einträge, 2 hervorgehoben; 2 Bewegungen auf dem Radar
        ★ voice-notes-en — Voice notes at work (trend, updated)
        ★ gruesse-und-emojis — Grüße & <Emojis> 🎉 (app, new)
        · am-letzten-tag — Am letzten Tag aktualisiert (trend, updated)
        · am-ersten-tag — Am ersten Tag (value, new)
        ↕ voice-notes-en: rising → everyday (2026-09-20)
        ↕ am-letzten-tag: niche → rising (2026-09-30)
      Geschrieben:
        content/digests/2.md (… KB)
        digests-out/2/newsletter.html (… KB)
        digests-out/2/newsletter.txt (… KB)
        digests-out/2/newsletter.md (… KB)
        digests-out/2/newsletter.eml (… KB)
      Weiter: content/digests/2.md committen, damit /digests/2/ auf der Website erscheint, dann newsletter.eml in Outlook öffnen (es öffnet sich als Entwurf).
      "
    `);
  });
});

describe('defaults and flags', () => {
  it('numbers the issue after the last record and covers from the day after it up to today', async () => {
    const run = await digest(['--dry-run']);
    expect(run.code).toBe(0);
    // Intl writes thin spaces around the dash of a range.
    expect(run.stdout.replace(/\u2009/g, ' ')).toContain('Digest #2: Trend Library Digest #2 – 1. September – 5. Oktober 2026');
    expect(run.stdout).toContain('Zeitraum: 2026-09-01..2026-10-05 (nach Digest #1)');
    const selection = run.stdout.slice(0, run.stdout.indexOf('Nicht dabei'));
    expect(selection).toContain('zu-spaet');
    expect(selection).not.toContain('zu-frueh');
  });

  it('prints the selection on --dry-run and writes nothing', async () => {
    const cwd = project();
    const before = snapshot(cwd);
    const run = await digest([...SEPTEMBER, '--dry-run'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('★ voice-notes-en — Voice notes at work (trend, updated)');
    expect(run.stdout).toContain('Probelauf: nichts geschrieben.');
    expect(snapshot(cwd)).toEqual(before);
  });

  it('explains on --dry-run why each other entry is left out', async () => {
    const run = await digest([...SEPTEMBER, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout.slice(run.stdout.indexOf('Nicht dabei'))).toMatchInlineSnapshot(`
      "Nicht dabei (4):
        – geheimer-entwurf — ein Entwurf (draft: true; published 2026-09-15): Entwürfe werden nie angekündigt; er kommt in den Digest des Zeitraums, in dem sein published-Tag liegt, sobald draft entfernt ist
        – zu-spaet — published 2026-10-01, nach diesem Zeitraum (2026-09-01 bis 2026-09-30): der nächste Digest nimmt ihn auf
        – zu-frueh — published 2026-08-31, vor diesem Zeitraum (ab 2026-09-01); angekündigt in Digest #1
        – frueher-bewegt — published 2025-01-10, updated 2025-02-01, vor dem ersten Digest (ab 2026-08-01): älter als der Newsletter
      Probelauf: nichts geschrieben.
      "
    `);
  });

  it('features the entries given with --featured, in that order, and takes --title and --out', async () => {
    const run = await digest([...SEPTEMBER, '--featured', 'am-ersten-tag', '--featured', 'am-letzten-tag', '--title', 'Herbst-Ausgabe 🍂', '--out', 'export/september']);
    expect(run.code).toBe(0);
    const record = readFileSync(path.join(run.cwd, 'content/digests/2.md'), 'utf8');
    expect(record).toContain('title: "Herbst-Ausgabe 🍂"');
    expect(record).toContain('featured:\n  - am-ersten-tag\n  - am-letzten-tag\n');
    expect(readFileSync(path.join(run.cwd, 'export/september/newsletter.txt'), 'utf8')).toMatch(/^Trend Library · Ausgabe 2\nHerbst-Ausgabe 🍂\n/);
  });

  it('overwrites an existing number with --force, counting moves within the period when no digest came before', async () => {
    const run = await digest(['--number', '1', '--force', '--from', '2026-09-01', '--to', '2026-09-30']);
    expect(run.code).toBe(0);
    const record = readFileSync(path.join(run.cwd, 'content/digests/1.md'), 'utf8');
    expect(record).toContain('from: 2026-09-01');
    expect(run.stdout).toContain('(erster Digest)');
    expect(run.stdout).toContain('↕ am-letzten-tag: niche → rising (2026-09-30)');
  });

  it('uses a default intro when the editor gives none', async () => {
    const run = await digest(['--to', '2026-09-30']);
    expect(readFileSync(path.join(run.cwd, 'digests-out/2/newsletter.md'), 'utf8')).toContain('Das haben unsere Mentor:innen zwischen 1. September 2026 und 30. September 2026 neu geschrieben oder aktualisiert.');
  });

  it('writes English when SITE_LOCALE is en', async () => {
    const run = await digest(SEPTEMBER, { env: { ...ENV, SITE_LOCALE: 'en' } });
    const text = readFileSync(path.join(run.cwd, 'digests-out/2/newsletter.txt'), 'utf8').replace(/\u2009/g, ' ');
    expect(text).toMatch(/^Trend Library · Issue 2\nTrend Library Digest #2 – September 2026\nPeriod: 1 – 30 September 2026 · 4 entries\n/);
    expect(text).toContain('Read more: https://intranet.example.com/kb/entries/gruesse-und-emojis/');
  });

  it('warns when SITE_URL is not set, since links would point to localhost', async () => {
    const run = await digest([...SEPTEMBER, '--dry-run'], { env: { ...ENV, SITE_URL: undefined } });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatchInlineSnapshot(`
      "digest: SITE_URL ist nicht gesetzt, also zeigen die Links auf http://localhost:4321. Die Werte der Produktion gehören in site.production.json (docs/newsletter.md), oder SITE_URL wie für den Build setzen
      "
    `);
  });

  describe('production values stored in site.production.json', () => {
    const stored = (cwd: string, values: object) => writeFileSync(path.join(cwd, 'site.production.json'), JSON.stringify(values));
    const noAddress = { ...ENV, SITE_URL: undefined, BASE_PATH: undefined };

    it('takes the address from the file, so no one types a base path', async () => {
      const cwd = project();
      stored(cwd, { SITE_URL: 'https://intranet.example.com', BASE_PATH: '/wissen/' });
      const run = await digest(SEPTEMBER, { cwd, env: noAddress });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('digest: Links zeigen auf https://intranet.example.com/wissen/ (site.production.json)\n');
      expect(readFileSync(path.join(cwd, 'digests-out/2/newsletter.txt'), 'utf8')).toContain('https://intranet.example.com/wissen/entries/');
    });

    it('refuses a base path in the shell that differs from the stored one, and says how to unset it', async () => {
      const cwd = project();
      stored(cwd, { SITE_URL: 'https://intranet.example.com', BASE_PATH: '/kb/' });
      const before = snapshot(cwd);
      const run = await digest(SEPTEMBER, { cwd, env: { ...ENV, BASE_PATH: '/trends/' } });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('digest: BASE_PATH ist in dieser Shell „/trends/“, aber site.production.json nennt „/kb/“, den Wert der Produktion: erwartet denselben Wert oder die Variable nicht gesetzt (PowerShell: Remove-Item Env:BASE_PATH; cmd.exe: set BASE_PATH=; bash: unset BASE_PATH)\n');
      const english = await digest(SEPTEMBER, { cwd, env: { ...ENV, BASE_PATH: '/trends/', SITE_LOCALE: 'en' } });
      expect(english.stderr).toBe('digest: BASE_PATH is "/trends/" in this shell, but site.production.json says "/kb/", the production value: expected the same, or the variable unset (PowerShell: Remove-Item Env:BASE_PATH; cmd.exe: set BASE_PATH=; bash: unset BASE_PATH)\n');
      expect(snapshot(cwd)).toEqual(before);
      // The same value written differently is no conflict.
      expect((await digest([...SEPTEMBER, '--dry-run'], { cwd, env: { ...ENV, BASE_PATH: '/kb' } })).code).toBe(0);
    });

    it('names the key of a bad file and what is expected', async () => {
      const cwd = project();
      stored(cwd, { SITE_URL: 'https://intranet.example.com', BASEPATH: '/kb/' });
      const run = await digest(SEPTEMBER, { cwd, env: noAddress });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('site.production.json:\n  BASEPATH: erwartet einen dieser Schlüssel: SITE_URL, BASE_PATH, SITE_LOCALES, SITE_LOCALE, SITE_TITLE, REPO_URL, REPO_HOST, REPO_BRANCH (oder $comment), gefunden einen unbekannten Schlüssel\n  BASE_PATH: erwartet den Wert der Produktion, gefunden keinen');
      stored(cwd, { SITE_URL: 'https://intranet.example.com', BASE_PATH: 'kb' });
      expect((await digest(SEPTEMBER, { cwd, env: noAddress })).stderr).toContain('BASE_PATH: erwartet einen Pfad, der mit „/“ beginnt, wie /kb/, gefunden "kb"');
      expect((await digest(SEPTEMBER, { cwd, env: { ...noAddress, SITE_LOCALE: 'en' } })).stderr).toContain('BASE_PATH: expected a path starting with "/", such as /kb/, found "kb"');
    });
  });

  it('lists every flag in --help', async () => {
    const run = await digest(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(msgIn('de', 'help.digest'));
    for (const lang of ['de', 'en'] as const) {
      for (const flag of ['--from', '--to', '--number', '--title', '--intro', '--featured', '--out', '--locale', '--dry-run', '--force', '--help']) expect(msgIn(lang, 'help.digest')).toContain(flag);
    }
  });
});

describe('bad input: a clear message, a non-zero exit, nothing written', () => {
  // Each case runs twice: German, the site's language by default, and English with SITE_LOCALE=en.
  type Case = { argv: string[]; de: string; en: string; now?: Date; env?: Record<string, string | undefined>; prepare?: (cwd: string) => void };
  const IN_DIGEST = 'am-letzten-tag, voice-notes-en, gruesse-und-emojis, am-ersten-tag';
  const cases: Record<string, Case> = {
    'a period with no entries': {
      argv: ['--from', '2026-07-01', '--to', '2026-07-31'],
      de: 'exit 1: digest: keine veröffentlichten Einträge mit einem published- oder updated-Tag vom 2026-07-01 bis 2026-07-31 (Entwürfe zählen nie): erwartet mindestens einen.\nWähle einen anderen Zeitraum mit --from und --to.',
      en: 'exit 1: digest: no published entries with a published or updated day from 2026-07-01 to 2026-07-31 (drafts never count): expected at least one.\nChoose another period with --from and --to.',
    },
    'an unknown --featured slug': {
      argv: [...SEPTEMBER, '--featured', 'gruesse-und-emoji'],
      de: `exit 2: digest: --featured „gruesse-und-emoji“: erwartet den Dateinamen eines Eintrags in diesem Digest, gefunden keinen Eintrag mit diesem Dateinamen – meinten Sie „gruesse-und-emojis“?\nEinträge in diesem Digest: ${IN_DIGEST}`,
      en: `exit 2: digest: --featured "gruesse-und-emoji": expected the slug of an entry in this digest, found no entry with that slug — did you mean "gruesse-und-emojis"?\nEntries in this digest: ${IN_DIGEST}`,
    },
    'a --featured entry outside the period': {
      argv: [...SEPTEMBER, '--featured', 'zu-spaet'],
      de: `exit 2: digest: --featured „zu-spaet“: erwartet den Dateinamen eines Eintrags in diesem Digest, gefunden einen Eintrag, der vom 2026-09-01 bis 2026-09-30 weder veröffentlicht noch aktualisiert wurde\nEinträge in diesem Digest: ${IN_DIGEST}`,
      en: `exit 2: digest: --featured "zu-spaet": expected the slug of an entry in this digest, found an entry not published or updated from 2026-09-01 to 2026-09-30\nEntries in this digest: ${IN_DIGEST}`,
    },
    'a --featured draft': {
      argv: [...SEPTEMBER, '--featured', 'geheimer-entwurf'],
      de: `exit 2: digest: --featured „geheimer-entwurf“: erwartet den Dateinamen eines Eintrags in diesem Digest, gefunden einen Entwurf\nEinträge in diesem Digest: ${IN_DIGEST}`,
      en: `exit 2: digest: --featured "geheimer-entwurf": expected the slug of an entry in this digest, found a draft\nEntries in this digest: ${IN_DIGEST}`,
    },
    '--from after --to': {
      argv: ['--from', '2026-09-30', '--to', '2026-09-01'],
      de: 'exit 2: digest: --from 2026-09-30 liegt nach --to 2026-09-01: erwartet den ersten Tag am oder vor dem letzten',
      en: 'exit 2: digest: --from 2026-09-30 is after --to 2026-09-01: expected the first day on or before the last',
    },
    'a default period with nothing to cover yet': {
      argv: ['--dry-run'],
      prepare: (cwd) => writeFileSync(path.join(cwd, 'content/digests/2.md'), '---\nnumber: 2\ntitle: "Heute"\nfrom: 2026-09-01\nto: 2026-10-05\npublished: 2026-10-05\nentries: [am-ersten-tag]\n---\n\nHallo.\n'),
      de: 'exit 2: digest: der Zeitraum würde am 2026-10-06 beginnen (am Tag nach dem Ende von Digest #2), also nach heute (2026-10-05): erwartet einen Zeitraum, der etwas abdeckt. Wähle ihn mit --from und --to.',
      en: 'exit 2: digest: the period would start 2026-10-06 (the day after digest #2 ends), which is after today (2026-10-05): expected a period to cover. Choose one with --from and --to.',
    },
    'a malformed date': {
      argv: ['--to', '2026-02-30'],
      de: 'exit 2: digest: --to: erwartet ein Datum im Format JJJJ-MM-TT, wie 2026-06-30, gefunden „2026-02-30“',
      en: 'exit 2: digest: --to: expected a date written as YYYY-MM-DD, such as 2026-06-30, found "2026-02-30"',
    },
    'a date in another format': {
      argv: ['--from', '01.09.2026'],
      de: 'exit 2: digest: --from: erwartet ein Datum im Format JJJJ-MM-TT, wie 2026-06-30, gefunden „01.09.2026“',
      en: 'exit 2: digest: --from: expected a date written as YYYY-MM-DD, such as 2026-06-30, found "01.09.2026"',
    },
    'a number that exists without --force': {
      argv: ['--number', '1', ...SEPTEMBER],
      de: 'exit 2: digest: --number 1: Digest #1 gibt es schon (content/digests/1.md); mit --force überschreiben oder --number weglassen, dann wird es #2',
      en: 'exit 2: digest: --number 1: digest #1 exists already (content/digests/1.md); pass --force to overwrite it, or leave out --number to write #2',
    },
    'a number that is not one': {
      argv: ['--number', 'zwei'],
      de: 'exit 2: digest: --number: erwartet eine ganze Zahl ab 1, wie 3, gefunden „zwei“',
      en: 'exit 2: digest: --number: expected a whole number from 1, such as 3, found "zwei"',
    },
    'an unknown flag': {
      argv: ['--since', '2026-09-01'],
      de: 'exit 2: digest: unbekanntes Flag --since: erwartet eines von --from, --to, --number, --title, --intro, --featured, --out, --locale, --dry-run, --force, --help\n`npm run digest -- --help` zeigt alle Flags.',
      en: 'exit 2: digest: unknown flag --since: expected one of --from, --to, --number, --title, --intro, --featured, --out, --locale, --dry-run, --force, --help\nRun `npm run digest -- --help` to see every flag.',
    },
    'a flag without its value': {
      argv: ['--from'],
      de: 'exit 2: digest: --from: erwartet einen Wert dahinter, gefunden keinen\n`npm run digest -- --help` zeigt alle Flags.',
      en: 'exit 2: digest: --from: expected a value after it, found none\nRun `npm run digest -- --help` to see every flag.',
    },
    'a word that is not a flag': {
      argv: ['september'],
      de: 'exit 2: digest: erwartet nur Flags (wie --help), gefunden september\n`npm run digest -- --help` zeigt alle Flags.',
      en: 'exit 2: digest: expected flags only (such as --help), found september\nRun `npm run digest -- --help` to see every flag.',
    },
    'an empty title': {
      argv: [...SEPTEMBER, '--title', ' '],
      de: 'exit 2: digest: --title: erwartet einen Titel, gefunden einen leeren Text',
      en: 'exit 2: digest: --title: expected a title, found an empty text',
    },
    'an intro file that does not exist': {
      argv: ['--intro', 'vorwort.md'],
      de: 'exit 2: digest: --intro: erwartet eine lesbare Markdown-Datei, gefunden keine unter „vorwort.md“ (ENOENT)',
      en: 'exit 2: digest: --intro: expected a readable Markdown file, found none at "vorwort.md" (ENOENT)',
    },
    'an intro with a relative link and an image': {
      argv: ['--intro', 'intro.md'],
      prepare: (cwd) => writeFileSync(path.join(cwd, 'intro.md'), 'Hallo!\n\nSiehe [TikTok](/entries/tiktok/).\n\n![Logo](logo.png)\n'),
      de: 'exit 1: digest: intro.md:3: erwartet einen absoluten Link wie https://intranet.example.com/seite, gefunden „/entries/tiktok/“\nintro.md:5: erwartet nur Text und Links, gefunden ein Bild (E-Mail-Programme blockieren Bilder meist)',
      en: 'exit 1: digest: intro.md:3: expected an absolute link such as https://intranet.example.com/page, found "/entries/tiktok/"\nintro.md:5: expected text and links only, found an image (emails block images by default)',
    },
    'content that breaks the schema': {
      argv: SEPTEMBER,
      prepare: (cwd) => writeFileSync(path.join(cwd, 'content/entries/kaputt.mdx'), '---\ntitle: "Ka"\nkind: apps\nmentors: [joerg-mueller]\npublished: 2026-09-02\ntags: [messenger]\nlevel: starter\nring: rising\n---\n'),
      de: 'exit 1: digest: der Inhalt hat 3 Probleme; bitte zuerst beheben (npm run check):\n\ncontent/entries/kaputt.mdx\n  title: erwartet mindestens 3 Zeichen, gefunden 2 Zeichen\n  summary: erwartet einen Text mit 20–300 Zeichen, gefunden nichts (das Feld ist Pflicht)\n  kind: erwartet einen dieser Werte: app, trend, value, gefunden "apps" – meinten Sie „app“?',
      en: 'exit 1: digest: the content has 3 problems; fix them first (npm run check):\n\ncontent/entries/kaputt.mdx\n  title: expected at least 3 characters, found 2 characters\n  summary: expected text of 20–300 characters, found nothing (the field is required)\n  kind: expected one of app, trend, value, found "apps" — did you mean "app"?',
    },
    'a digest too large for Gmail': {
      argv: SEPTEMBER,
      prepare: (cwd) => {
        for (let i = 1; i <= 50; i++) {
          const summary = `Eintrag ${i} von fünfzig, damit die E-Mail zu groß wird. ${'Viel Text, der niemand kürzen wollte. '.repeat(6)}`.slice(0, 290);
          writeFileSync(path.join(cwd, `content/entries/viele-${i}.mdx`), `---\ntitle: "Viele Einträge Nummer ${i}"\nsummary: "${summary}"\nkind: trend\nmentors: [joerg-mueller]\npublished: 2026-09-${String((i % 28) + 1).padStart(2, '0')}\ntags: [messenger]\nlevel: starter\nring: rising\n---\n\nText.\n`);
        }
      },
      de: 'exit 1: digest: newsletter.html wäre 113,1 KB groß; Gmail kürzt Nachrichten über 102,0 KB: erwartet einen kürzeren Digest. Wähle einen kürzeren Zeitraum oder weniger Einträge.',
      // The English digest (the site's language is English in this run) is a little shorter.
      en: 'exit 1: digest: newsletter.html would be 112.4 KB; Gmail cuts messages above 102.0 KB: expected a shorter digest. Choose a shorter period or fewer entries.',
    },
    'a bad SITE_URL': {
      argv: SEPTEMBER,
      env: { ...ENV, SITE_URL: 'intranet' },
      de: 'exit 2: digest: Ungültige Konfiguration:\n  SITE_URL: erwartet eine absolute http(s)-Adresse wie https://intranet.example.com, gefunden "intranet"',
      en: 'exit 2: digest: Invalid configuration:\n  SITE_URL: expected an absolute http(s) URL such as https://intranet.example.com, found "intranet"',
    },
  };

  it('an --out that cannot be written: the file and the reason, exit 2, no record and no file', async () => {
    const cwd = project();
    writeFileSync(path.join(cwd, 'blocked'), 'a file where the folder should go');
    const before = snapshot(cwd);
    const run = await digest([...SEPTEMBER, '--out', 'blocked/september'], { cwd });
    expect(`exit ${run.code}: ${run.stderr}`).toBe('exit 2: digest: blocked/september/newsletter.html konnte nicht geschrieben werden: ENOTDIR (mkdir); es wurde nichts geschrieben.\n');
    expect(snapshot(cwd)).toEqual(before);
  });

  const runs = Object.entries(cases).flatMap(([name, c]) => (['de', 'en'] as const).map((lang) => [`${name} (${lang})`, lang, c] as const));
  it.each(runs)('%s', async (_, lang, { argv, now, env, prepare, ...says }) => {
    const cwd = project();
    prepare?.(cwd);
    const before = snapshot(cwd);
    const run = await digest(argv, { cwd, now, env: { ...(env ?? ENV), SITE_LOCALE: lang } });
    // Line numbers belong to the loader's own tests.
    expect(`exit ${run.code}: ${run.stderr}`.replace(/(line|Zeile) \d+, /g, '')).toBe(`${says[lang]}\n`);
    expect(run.stdout).toBe('');
    expect(snapshot(cwd)).toEqual(before);
    expect(existsSync(path.join(cwd, 'digests-out'))).toBe(false);
  });
});
