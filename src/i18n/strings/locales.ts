/** UI strings of the language switcher and of content shown in the other UI's language. `en` must have exactly the keys of `de`. */
import type { Messages } from '../types.ts';

const de = {
  /** The language's own name, as the switcher shows it to readers of that language. */
  'locale.name': 'Deutsch',
  'locale.switcher': 'Sprache der Seite',
  /** The switcher's link text for a screen reader: the name plus what happens. */
  'locale.switch': 'Diese Seite auf Deutsch',
  /** Note on an entry whose text is in another language than the UI; {lang} is that language's name. */
  'locale.written': 'Dieser Eintrag ist auf {lang} geschrieben.',
  /** Before the link to an entry's translation; {lang} is that language's name. */
  'locale.translation': 'Auch auf {lang}',
  'locale.written.mentor': 'Dieses Profil ist auf {lang} geschrieben.',
  /** The language's name after "auf"/"in": Deutsch, Englisch. */
  'locale.in.de': 'Deutsch',
  'locale.in.en': 'Englisch',
} satisfies Messages;

const en: Record<keyof typeof de, string> = {
  'locale.name': 'English',
  'locale.switcher': 'Page language',
  'locale.switch': 'This page in English',
  'locale.written': 'This entry is written in {lang}.',
  'locale.translation': 'Also in {lang}',
  'locale.written.mentor': 'This profile is written in {lang}.',
  'locale.in.de': 'German',
  'locale.in.en': 'English',
};

export default { de, en };
