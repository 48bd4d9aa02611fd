/** The feed of the newest entries, with absolute links (SITE_URL + BASE_PATH). */
import rss from '@astrojs/rss';
import { library } from '../content.ts';
import { siteConfig } from '../../site.config.ts';
import { absoluteUrl, routes } from '../lib/url.ts';
import { t } from '../ui.ts';

/** How many of the newest entries the feed carries. */
const FEED_SIZE = 20;

export async function GET() {
  const { entries } = await library();
  const link = (route: string) => absoluteUrl(siteConfig.site, siteConfig.base, route);
  return rss({
    title: siteConfig.title,
    description: t('digest.rss.description'),
    site: link(routes.home()),
    customData: `<language>${siteConfig.locale}</language>`,
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
