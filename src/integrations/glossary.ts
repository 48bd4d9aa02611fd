/**
 * Binds the glossary Markdown plugin to this site: reads `<CONTENT_DIR>/glossary.yaml`
 * through the content reader (scripts/lib/load-library.ts; again only when the file
 * changed, so `astro dev` picks up edits), the locale and the base path. Registered in
 * `astro.config.mjs` (`hastPlugins` of the Sätteri processor).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config.ts';
import { useTranslations } from '../i18n/index.ts';
import { readYamlList } from '../../scripts/lib/load-library.ts';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';
import type { GlossaryPluginOptions } from '../lib/satteri/glossary.ts';
import { routes, withBase } from '../lib/url.ts';
import { ContentError } from '../schemas/problems.ts';

/** The glossary plugin's options for this site. */
export function glossaryOptions(): GlossaryPluginOptions {
  const file = path.join(siteConfig.contentDir, 'glossary.yaml');
  let cache: { mtime: number; terms: GlossaryTerm[] } | undefined;
  const terms = () => {
    // No glossary file: the content collections report that; bodies simply stay unmarked.
    if (!existsSync(file)) return (cache = { mtime: 0, terms: [] }).terms;
    const mtime = statSync(file).mtimeMs;
    if (cache?.mtime === mtime) return cache.terms;
    const read = readYamlList(siteConfig.contentDir, 'glossary.yaml', glossarySchema);
    if (read.problems.length > 0) throw new ContentError(read.problems);
    cache = { mtime, terms: read.items.map((item) => item.data) };
    return cache.terms;
  };
  const t = useTranslations(siteConfig.locale);
  return {
    terms,
    locale: siteConfig.locale,
    lang: siteConfig.locale,
    href: (id) => `${withBase(siteConfig.base, routes.glossary())}#term-${id}`,
    more: t('glossary.popover.more'),
  };
}
