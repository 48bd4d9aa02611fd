/**
 * Strings of the search: the header field with its suggestions and the `/search/`
 * page. The header field's own label, placeholder and button live in `core.ts`.
 * `en` must have exactly the keys of `de`.
 */
import type { Messages } from '../types.ts';

const de = {
  'search.title': 'Suche',
  'search.intro': 'Durchsuche Einträge, Profile der Mentor:innen und Lernpfade – deutsche und englische zugleich.',
  'search.form': 'Suche in der Bibliothek',
  'search.query': 'Suchbegriff',
  'search.shortcut': 'Tastenkürzel: Schrägstrich oder Strg+K',
  'search.suggestions': 'Vorschläge',
  'search.showAll': 'Alle Treffer für „{query}“ anzeigen',
  'search.loading': 'Suche wird geladen …',
  'search.error': 'Die Suche ist gerade nicht erreichbar. Versuch es später noch einmal oder stöbere in der Bibliothek.',
  'search.noscript': 'Die Suche braucht JavaScript, das in deinem Browser gerade nicht läuft.',
  'search.noscript.link': 'Alle Einträge findest du in der Bibliothek – dort kannst du auch ohne JavaScript filtern.',
  'search.prompt': 'Gib einen Suchbegriff ein – zum Beispiel „Datenschutz“, „voice messages“ oder den Namen einer Mentorin – oder wähle einen Filter.',
  'search.count': { one: '{count} Treffer für „{query}“', other: '{count} Treffer für „{query}“' },
  'search.count.filtered': { one: '{count} Treffer', other: '{count} Treffer' },
  'search.none': 'Keine Treffer für „{query}“.',
  'search.none.hint': 'Versuch es mit einem anderen Wort, einem Wortteil oder ohne Filter.',
  'search.more': 'Weitere Treffer anzeigen',
  'search.results': 'Treffer',
  'search.filters': 'Treffer eingrenzen',
  'search.sort': 'Sortieren',
  'search.sort.relevance': 'Relevanz',
  'search.sort.newest': 'Neueste zuerst',
  'search.kind.mentor': 'Mentor:in',
  'search.kind.path': 'Lernpfad',
  'search.kind.mentor.plural': 'Mentor:innen',
  'search.kind.path.plural': 'Lernpfade',
} satisfies Messages;

const en: Record<keyof typeof de, Messages[string]> = {
  'search.title': 'Search',
  'search.intro': 'Search entries, mentor profiles and learning paths – German and English ones at once.',
  'search.form': 'Search the library',
  'search.query': 'Search term',
  'search.shortcut': 'Keyboard shortcut: slash or Ctrl+K',
  'search.suggestions': 'Suggestions',
  'search.showAll': 'Show all results for “{query}”',
  'search.loading': 'Loading search …',
  'search.error': 'Search is not available right now. Try again later or browse the library.',
  'search.noscript': 'Search needs JavaScript, which is not running in your browser right now.',
  'search.noscript.link': 'You will find every entry in the library – its filters work without JavaScript too.',
  'search.prompt': 'Type a search term – for example “Datenschutz”, “voice messages” or a mentor’s name – or pick a filter.',
  'search.count': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'search.count.filtered': { one: '{count} result', other: '{count} results' },
  'search.none': 'No results for “{query}”.',
  'search.none.hint': 'Try another word, part of a word, or fewer filters.',
  'search.more': 'Show more results',
  'search.results': 'Results',
  'search.filters': 'Narrow down',
  'search.sort': 'Sort',
  'search.sort.relevance': 'Relevance',
  'search.sort.newest': 'Newest first',
  'search.kind.mentor': 'Mentor',
  'search.kind.path': 'Learning path',
  'search.kind.mentor.plural': 'Mentors',
  'search.kind.path.plural': 'Learning paths',
};

export default { de, en };
