/** The digest as plain text: short lines, headings underlined, every URL written out on its own. */
import { parseIntro, introToText } from './intro.ts';
import { allItems, translator, type DigestItem, type DigestModel, type Translate } from './model.ts';

export const TEXT_WIDTH = 72;

const width = (s: string) => [...s].length;

/**
 * Wraps at spaces to `max` characters. Words longer than a line (URLs) stay whole,
 * so they remain clickable; existing line breaks are kept.
 */
export function wrap(text: string, max = TEXT_WIDTH, indent = ''): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(/ +/).filter(Boolean)) {
        if (current && width(indent + current) + 1 + width(word) > max) {
          lines.push(indent + current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      lines.push(indent + current);
      return lines.join('\n');
    })
    .join('\n');
}

const heading = (text: string) => `${text}\n${'='.repeat(width(text))}`;

function entry(t: Translate, item: DigestItem, withKind: boolean): string {
  const label = [withKind ? t(`kind.${item.kind}`) : undefined, t(`digest.status.${item.status}`)].filter(Boolean).join(' · ');
  return [
    wrap(item.title),
    label,
    wrap(item.summary),
    wrap(`${t('entry.mentors')}: ${item.mentors.join(', ')}`),
    `${t('level.label')}: ${t(`level.${item.level}`)}`,
    `${t('digest.readMore')}: ${item.url}`,
  ].join('\n');
}

export function renderText(model: DigestModel): string {
  const t = translator(model.locale);
  const blocks: string[] = [
    [`${model.program} · ${t('digest.issue', { number: model.number })}`, wrap(model.title), `${t('digest.period', { period: model.days })} · ${t('digest.entries', { count: allItems(model).length })}`].join('\n'),
    `${t('digest.webVersion')}: ${model.links.web}`,
    ...introToText(parseIntro(model.intro)).map((p) => wrap(p)),
  ];
  if (model.featured.length > 0) {
    blocks.push('', heading(t('digest.featured')), ...model.featured.map((i) => entry(t, i, true)));
  }
  for (const section of model.sections) {
    blocks.push('', heading(t(`kind.${section.kind}.plural`)), ...section.items.map((i) => entry(t, i, false)));
  }
  if (model.moves.length > 0) {
    blocks.push(
      '',
      heading(t('digest.moves.title')),
      wrap(t('digest.moves.intro')),
      model.moves
        .map((m) => `${wrap(`- ${m.title}: ${t('digest.move', { from: t(`ring.${m.from}`), to: t(`ring.${m.to}`) })}`)}\n  ${m.url}`)
        .join('\n'),
    );
  }
  blocks.push(
    '',
    [
      '-- ',
      wrap(t('digest.footer.about', { program: model.program })),
      wrap(`${t('digest.footer.archive')}: ${model.links.archive}`),
      wrap(`${t('digest.footer.contribute')}: ${model.links.contribute}`),
    ].join('\n'),
  );
  return `${blocks.join('\n\n').replace(/\n{4,}/g, '\n\n\n')}\n`;
}
