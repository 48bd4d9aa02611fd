/** The feed of the newest entries per UI language (`rss.xml`, `en/rss.xml`), with absolute links (SITE_URL + BASE_PATH + the UI's prefix). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { library } from '../../content.ts';
import { siteConfig } from '../../../site.config.ts';
import { routes } from '../../lib/url.ts';
import { localePaths, ui } from '../../ui.ts';

/** How many of the newest entries the feed carries. */
const FEED_SIZE = 20;

export const getStaticPaths = localePaths;

export async function GET(context: APIContext) {
  const { entries } = await library();
  const { t, url, locale } = ui(context);
  const link = (route: string) => `${siteConfig.site}${url(route)}`;
  return rss({
    title: siteConfig.title,
    description: t('digest.rss.description'),
    site: link(routes.home()),
    customData: `<language>${locale}</language>`,
    // `entries` comes newest first (by `published`) from the query module.
    items: entries.slice(0, FEED_SIZE).map((e) => ({
      title: e.data.title,
      description: e.data.summary,
      link: link(routes.entry(e.id)),
      pubDate: e.data.published,
      categories: [t(`kind.${e.data.kind}`)],
    })),
  });
}
