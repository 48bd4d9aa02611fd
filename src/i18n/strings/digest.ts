/**
 * Strings of the newsletter digest: the email, its text and Markdown versions, and
 * the archive pages. `en` must have exactly the keys of `de`.
 */
import type { Messages } from '../types.ts';

const de = {
  'nav.digests': 'Newsletter',
  'digest.archive.title': 'Newsletter-Archiv',
  'digest.archive.intro': 'Jeden Monat fasst die interne Kommunikation zusammen, was in der Bibliothek neu ist – für den Newsletter und die Mitarbeiterzeitung. Hier findest du alle Ausgaben.',
  'digest.archive.empty': 'Bisher ist noch keine Ausgabe erschienen.',
  'digest.issue': 'Ausgabe {number}',
  'digest.title': '{program} Digest #{number} – {period}',
  'digest.preheader': { one: '{count} neuer oder aktualisierter Eintrag: {titles}', other: '{count} neue oder aktualisierte Einträge: {titles}' },
  'digest.intro.default': 'Das haben unsere Mentor:innen zwischen {from} und {to} neu geschrieben oder aktualisiert. Viel Spaß beim Lesen und Ausprobieren!',
  'digest.period': 'Zeitraum: {period}',
  'digest.published': 'Erschienen am {date}',
  'digest.entries': { one: '{count} Eintrag', other: '{count} Einträge' },
  'digest.featured': 'Empfohlen',
  'digest.status.new': 'Neu',
  'digest.status.updated': 'Aktualisiert',
  'digest.readMore': 'Weiterlesen',
  'digest.readMore.about': 'Weiterlesen: {title}',
  'digest.moves.title': 'Bewegung im Radar',
  'digest.moves.intro': 'Diese Einträge haben seit der letzten Ausgabe ihren Ring im Trend-Radar gewechselt.',
  'digest.move': '{from} → {to}',
  'digest.webVersion': 'Im Browser lesen',
  'digest.footer.about': '{program} – was junge Kolleg:innen im Reverse-Mentoring-Programm weitergeben.',
  'digest.footer.archive': 'Alle Ausgaben im Archiv',
  'digest.footer.contribute': 'Selbst einen Eintrag vorschlagen',
  'digest.read': 'Ausgabe lesen',
  'digest.pager.label': 'Weitere Ausgaben',
  'digest.pager.previous': 'Vorherige Ausgabe',
  'digest.pager.next': 'Nächste Ausgabe',
  'digest.rss.description': 'Neue Einträge aus dem Reverse-Mentoring-Programm: Apps, Trends und Werte, erklärt von jungen Kolleg:innen.',
} satisfies Messages;

const en: Record<keyof typeof de, Messages[string]> = {
  'nav.digests': 'Newsletter',
  'digest.archive.title': 'Newsletter archive',
  'digest.archive.intro': 'Every month internal comms sums up what is new in the library – for the newsletter and the staff magazine. Here are all issues.',
  'digest.archive.empty': 'No issue has been published yet.',
  'digest.issue': 'Issue {number}',
  'digest.title': '{program} Digest #{number} – {period}',
  'digest.preheader': { one: '{count} new or updated entry: {titles}', other: '{count} new or updated entries: {titles}' },
  'digest.intro.default': 'This is what our mentors wrote or updated between {from} and {to}. Enjoy reading and trying things out!',
  'digest.period': 'Period: {period}',
  'digest.published': 'Published on {date}',
  'digest.entries': { one: '{count} entry', other: '{count} entries' },
  'digest.featured': 'Featured',
  'digest.status.new': 'New',
  'digest.status.updated': 'Updated',
  'digest.readMore': 'Read more',
  'digest.readMore.about': 'Read more: {title}',
  'digest.moves.title': 'Moves on the radar',
  'digest.moves.intro': 'These entries changed their ring on the trend radar since the last issue.',
  'digest.move': '{from} → {to}',
  'digest.webVersion': 'Read in the browser',
  'digest.footer.about': '{program} – what young colleagues pass on in the reverse mentoring program.',
  'digest.footer.archive': 'All issues in the archive',
  'digest.footer.contribute': 'Propose an entry yourself',
  'digest.read': 'Read the issue',
  'digest.pager.label': 'More issues',
  'digest.pager.previous': 'Previous issue',
  'digest.pager.next': 'Next issue',
  'digest.rss.description': 'New entries from the reverse mentoring program: apps, trends and values, explained by young colleagues.',
};

export default { de, en };
