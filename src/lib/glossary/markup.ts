/**
 * The markup of a marked glossary term: a button that opens a popover with the
 * meaning (native popover: works by click, tap, Enter and Space, closes with Esc or a
 * tap elsewhere, needs no script). The button is described by the meaning, so a screen
 * reader announces it on focus. Anchor positioning puts the popover under the word
 * where the browser supports it; elsewhere the browser centres it. The anchor is named
 * by classes, not `style` attributes (the Content-Security-Policy allows none): every
 * term uses the same name, scoped to its own wrapper with `anchor-scope`, so positioning
 * is switched on only where the browser knows `anchor-scope`.
 */
import type { Element, ElementContent } from 'hast';

export type GlossaryMarkupTerm = { id: string; term: string; meaning: string };
export type GlossaryMarkupOptions = {
  /** Language of the meanings (the site's locale); set on the popover so it is read correctly in English entries. */
  lang: string;
  /** Link to the term on the glossary page, e.g. `/kb/glossary/#term-cringe`. */
  href: (id: string) => string;
  /** Text of that link, e.g. "Im Glossar". */
  more: string;
};

// Tailwind reads these class names from this file.
const WRAPPER = 'glossary [anchor-scope:--glossary-term]';
const TRIGGER = 'glossary-term cursor-help underline decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid [anchor-name:--glossary-term]';
const POPOVER =
  'w-max max-w-[min(20rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-3 text-left text-sm leading-snug font-normal text-slate-900 not-italic shadow-lg ' +
  'dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ' +
  'supports-[anchor-scope:all]:[position-anchor:--glossary-term] ' +
  'supports-[anchor-scope:all]:m-0 supports-[anchor-scope:all]:[inset:auto] supports-[anchor-scope:all]:mt-1 ' +
  'supports-[anchor-scope:all]:[position-area:bottom_span-right] supports-[anchor-scope:all]:[position-try-fallbacks:flip-block,flip-inline]';

export function termMarkup(term: GlossaryMarkupTerm, text: string, o: GlossaryMarkupOptions): ElementContent {
  const pop = `glossary-${term.id}`;
  const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
  const txt = (value: string): ElementContent => ({ type: 'text', value });
  return el('span', { className: WRAPPER.split(' '), dataGlossary: term.id }, [
    el('button', { type: 'button', className: TRIGGER.split(' '), popoverTarget: pop, ariaDescribedBy: [`${pop}-meaning`] }, [txt(text)]),
    el('span', { id: pop, popover: 'auto', lang: o.lang, className: POPOVER.split(' '), dataPagefindIgnore: '' }, [
      el('strong', { className: ['block', 'font-semibold'] }, [txt(term.term)]),
      el('span', { id: `${pop}-meaning`, className: ['mt-1', 'block'] }, [txt(term.meaning)]),
      el('a', { href: o.href(term.id), className: ['mt-2', 'inline-block'] }, [txt(o.more)]),
    ]),
  ]);
}
