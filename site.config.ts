/**
 * The site's one validated configuration, read from the environment once.
 * The Astro config, the pages and the command-line scripts all import it, so a
 * setting has one name, one default and one error message.
 */
import { z } from 'astro/zod';

const locales = ['de', 'en'] as const;

const configSchema = z.object({
  /** Absolute origin used in feeds and digests, e.g. `https://intranet.example.com`. */
  SITE_URL: z
    .url({ error: (iss) => `SITE_URL: expected an absolute http(s) URL such as https://intranet.example.com, found ${JSON.stringify(iss.input)}` })
    .default('http://localhost:4321'),
  /** Sub-folder the site is served from, e.g. `/kb/`. Default `/`. */
  BASE_PATH: z
    .string()
    .regex(/^\/([a-z0-9._~-]+\/?)*$/i, { error: (iss) => `BASE_PATH: expected a path starting with "/", such as /kb/, found ${JSON.stringify(iss.input)}` })
    .default('/'),
  /** The UI language: `de` (default) or `en`. */
  SITE_LOCALE: z.enum(locales, { error: (iss) => `SITE_LOCALE: expected de or en, found ${JSON.stringify(iss.input)}` }).default('de'),
  /** The site's name in the header, the title bar and the newsletter. */
  SITE_TITLE: z.string().min(1).default('Trend Library'),
  /** Repository web URL for "edit this entry" and "propose an entry" links (GitHub layout). */
  REPO_URL: z.url().default('https://github.com/example-company/trend-library'),
  /** Branch the edit links point at. */
  REPO_BRANCH: z.string().min(1).default('main'),
  /** Folder the content is read from; tests and the benchmark point it at their own libraries. */
  CONTENT_DIR: z.string().min(1).default('content'),
});

export type SiteConfig = {
  site: string;
  base: string;
  locale: (typeof locales)[number];
  title: string;
  repoUrl: string;
  repoBranch: string;
  contentDir: string;
};

/** Parses an environment-like record; throws one readable message per bad variable. */
export function loadConfig(env: Record<string, string | undefined>): SiteConfig {
  const picked = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.message}`).join('\n')}`);
  }
  const c = parsed.data;
  const trimmed = c.BASE_PATH.replace(/\/+$/, '');
  return {
    site: c.SITE_URL.replace(/\/+$/, ''),
    base: trimmed === '' ? '/' : `${trimmed}/`,
    locale: c.SITE_LOCALE,
    title: c.SITE_TITLE,
    repoUrl: c.REPO_URL.replace(/\/+$/, ''),
    repoBranch: c.REPO_BRANCH,
    contentDir: c.CONTENT_DIR.replace(/\/+$/, ''),
  };
}

export const siteConfig: SiteConfig = loadConfig(process.env);
