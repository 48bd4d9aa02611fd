/**
 * Strings of the browser editor at `/admin/`: the page itself and the body field
 * with its component buttons. Decap CMS brings its own German and English UI;
 * field labels are in src/lib/editor/labels.ts. `en` must have exactly the keys of `de`.
 */
import type { Messages } from '../types.ts';

const de = {
  'editor.title': 'Editor',
  'editor.noscript': 'Der Editor braucht JavaScript. Ohne JavaScript kannst du Einträge wie in CONTRIBUTING.md beschrieben per Pull Request vorschlagen.',
  'editor.body.components': 'Baustein einfügen',
  'editor.body.insert': 'Einfügen',
  'editor.body.cancel': 'Abbrechen',
  'editor.body.help': 'Markdown: ## Überschrift, - Liste, **fett**, [Link](/entries/slug/). Bausteine fügst du mit den Knöpfen oben ein.',
  'editor.preview.mentors': 'von',
  'editor.preview.title': 'Vorschau des Eintrags',
  'editor.slug.empty': 'Der Titel braucht Buchstaben oder Ziffern: aus ihnen entsteht der Dateiname.',
} satisfies Messages;

const en: Record<keyof typeof de, string> = {
  'editor.title': 'Editor',
  'editor.noscript': 'The editor needs JavaScript. Without it, propose entries by pull request as described in CONTRIBUTING.md.',
  'editor.body.components': 'Insert a component',
  'editor.body.insert': 'Insert',
  'editor.body.cancel': 'Cancel',
  'editor.body.help': 'Markdown: ## Heading, - list, **bold**, [link](/entries/slug/). Insert components with the buttons above.',
  'editor.preview.mentors': 'by',
  'editor.preview.title': 'Entry preview',
  'editor.slug.empty': 'The title needs letters or digits: the file name is made from them.',
};

export default { de, en };
