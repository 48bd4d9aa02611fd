/** The digest as Markdown, for an intranet CMS or the staff magazine. The intro is the editor's Markdown as written. */
import { escapeMarkdown as md } from '../escape-markdown.ts';
import { allItems, translator, type DigestItem, type DigestModel, type Translate } from './model.ts';

function entry(t: Translate, item: DigestItem, withKind: boolean): string {
  const label = [withKind ? t(`kind.${item.kind}`) : undefined, t(`digest.status.${item.status}`)].filter(Boolean).join(' · ');
  return [
    `### [${md(item.title)}](${item.url})`,
    `*${md(label)}*`,
    md(item.summary),
    `${md(t('entry.mentors'))}: ${item.mentors.map(md).join(', ')} · ${md(t('level.label'))}: ${md(t(`level.${item.level}`))}`,
    `[${md(t('digest.readMore.about', { title: item.title }))}](${item.url})`,
  ].join('\n\n');
}

export function renderMarkdown(model: DigestModel): string {
  const t = translator(model.locale);
  const blocks: string[] = [
    `# ${md(model.title)}`,
    `**${md(model.program)} · ${md(t('digest.issue', { number: model.number }))}** · ${md(`${t('digest.period', { period: model.days })} · ${t('digest.entries', { count: allItems(model).length })}`)} · [${md(t('digest.webVersion'))}](${model.links.web})`,
  ];
  if (model.intro) blocks.push(model.intro);
  if (model.featured.length > 0) blocks.push(`## ${md(t('digest.featured'))}`, ...model.featured.map((i) => entry(t, i, true)));
  for (const section of model.sections) blocks.push(`## ${md(t(`kind.${section.kind}.plural`))}`, ...section.items.map((i) => entry(t, i, false)));
  if (model.moves.length > 0) {
    blocks.push(
      `## ${md(t('digest.moves.title'))}`,
      md(t('digest.moves.intro')),
      model.moves.map((m) => `- [${md(m.title)}](${m.url}): ${md(t('digest.move', { from: t(`ring.${m.from}`), to: t(`ring.${m.to}`) }))}`).join('\n'),
    );
  }
  blocks.push(
    '---',
    `${md(t('digest.footer.about', { program: model.program }))}\n[${md(t('digest.footer.archive'))}](${model.links.archive}) · [${md(t('digest.footer.contribute'))}](${model.links.contribute})`,
  );
  return `${blocks.join('\n\n')}\n`;
}
