/** UI strings of the glossary filter and the term popovers in entries. `en` must have exactly the keys of `de`. */
import type { Messages } from '../types.ts';

const de = {
  'glossary.filter.label': 'Glossar filtern',
  'glossary.filter.hint': 'Begriff, Schreibweise oder Bedeutung',
  'glossary.filter.count': { one: '{count} Begriff', other: '{count} Begriffe' },
  'glossary.filter.empty': 'Kein Begriff passt zu dieser Eingabe.',
  'glossary.popover.more': 'Im Glossar ansehen',
} satisfies Messages;

const en: Record<keyof typeof de, Messages[string]> = {
  'glossary.filter.label': 'Filter the glossary',
  'glossary.filter.hint': 'Term, spelling or meaning',
  'glossary.filter.count': { one: '{count} term', other: '{count} terms' },
  'glossary.filter.empty': 'No term matches this input.',
  'glossary.popover.more': 'See it in the glossary',
};

export default { de, en };
