/**
 * The site's one validated configuration, read from the environment once.
 * The Astro config, the integrations, the pages and the command-line scripts all
 * import it, so a setting has one name, one default and one error message. The one
 * variable read elsewhere is SOURCE_DATE_EPOCH, "today", in src/today.ts.
 */
import { z } from 'astro/zod';

const locales = ['de', 'en'] as const;
const editorBackends = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

const splitList = (value: string) => value.split(',').map((part) => part.trim()).filter(Boolean);

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
  /** The UI languages, comma-separated, the first at the root and each other under `/<code>/`: default `de,en`; `de` alone is a German-only site. */
  SITE_LOCALES: z
    .string()
    .refine((value) => {
      const list = splitList(value);
      return list.length > 0 && list.every((l) => (locales as readonly string[]).includes(l)) && new Set(list).size === list.length;
    }, { error: (iss) => `SITE_LOCALES: expected a comma-separated list of de and en, each once, the root language first (such as de,en or de), found ${JSON.stringify(iss.input)}` })
    .optional(),
  /** Without SITE_LOCALES: the root UI language, `de` (default) or `en`, the other one under its prefix. */
  SITE_LOCALE: z.enum(locales, { error: (iss) => `SITE_LOCALE: expected de or en, found ${JSON.stringify(iss.input)}` }).optional(),
  /** The site's name in the header, the title bar and the newsletter. */
  SITE_TITLE: z.string().min(1).default('Trend Library'),
  /** Repository web URL for "edit this entry" and "propose an entry" links (GitHub layout). */
  REPO_URL: z.url().default('https://github.com/example-company/trend-library'),
  /** Branch the edit links point at. */
  REPO_BRANCH: z.string().min(1).default('main'),
  /** Folder the content is read from; tests and the benchmark point it at their own libraries. */
  CONTENT_DIR: z.string().min(1).default('content'),
  /** The browser editor at /admin/: `true` (default) or `false` (no /admin/ in the build at all). Not `EDITOR`: shells use that for the text editor. */
  EDITOR_ENABLED: z.enum(['true', 'false'], { error: (iss) => `EDITOR_ENABLED: expected true or false, found ${JSON.stringify(iss.input)}` }).default('true'),
  /** Git host the editor opens pull requests on: `github` (also GitHub Enterprise), `gitlab`, `gitea` or `forgejo`. */
  EDITOR_BACKEND: z.enum(editorBackends, { error: (iss) => `EDITOR_BACKEND: expected one of ${editorBackends.join(', ')}, found ${JSON.stringify(iss.input)}` }).default('github'),
  /** Repository as `owner/name` on that host; default: the path of REPO_URL. */
  EDITOR_REPO: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: (iss) => `EDITOR_REPO: expected owner/name such as comms/trend-library, found ${JSON.stringify(iss.input)}` }).optional(),
  /** Branch pull requests target; default REPO_BRANCH. */
  EDITOR_BRANCH: z.string().min(1).optional(),
  /** The host's REST API, e.g. https://git.example.com/api/v4 (GitLab), /api/v1 (Gitea, Forgejo), /api/v3 (GitHub Enterprise). */
  EDITOR_API_ROOT: z.url({ error: (iss) => `EDITOR_API_ROOT: expected an absolute http(s) URL such as https://git.example.com/api/v4, found ${JSON.stringify(iss.input)}` }).optional(),
  /** Where sign-in starts: the OAuth relay (GitHub) or the git host itself (GitLab, Gitea, Forgejo). */
  EDITOR_AUTH_URL: z.url({ error: (iss) => `EDITOR_AUTH_URL: expected an absolute http(s) URL such as https://git.example.com, found ${JSON.stringify(iss.input)}` }).optional(),
  /** OAuth application (client) id registered on GitLab, Gitea or Forgejo. */
  EDITOR_APP_ID: z.string().min(1).optional(),
  /** Internal, set by `npm run edit`: Decap's local backend the dev server forwards `/admin/api/v1/` to. */
  EDITOR_LOCAL_BACKEND: z.url({ error: (iss) => `EDITOR_LOCAL_BACKEND: expected an absolute http URL such as http://127.0.0.1:8081, found ${JSON.stringify(iss.input)}` }).optional(),
  /** Internal, set by the tests, the benchmark and `npm run audit`: Astro's cache folder for builds side by side. */
  ASTRO_CACHE_DIR: z.string().min(1).optional(),
  /** Internal, set by the reproducible-build test: where the editor's bundle is cached (default node_modules/.cache/trend-library-editor). */
  EDITOR_BUNDLE_CACHE: z.string().min(1).optional(),
});

export type Locale = (typeof locales)[number];

export type SiteConfig = {
  site: string;
  base: string;
  /** The root UI language: `locales[0]`; also the default language of the commands. */
  locale: Locale;
  /** Every UI language of the build, the root one first; the others live under `/<code>/`. */
  locales: readonly Locale[];
  title: string;
  repoUrl: string;
  repoBranch: string;
  contentDir: string;
  /** The browser editor; `undefined` when EDITOR_ENABLED=false. */
  editor?: EditorSettings;
  /** Astro's cache folder when not the default (ASTRO_CACHE_DIR). */
  cacheDir?: string;
};

export type EditorSettings = {
  backend: (typeof editorBackends)[number];
  repo: string;
  branch: string;
  apiRoot?: string;
  authUrl?: string;
  appId?: string;
  /** Decap's local backend under `npm run edit` (EDITOR_LOCAL_BACKEND); the dev server forwards to it. */
  localBackend?: string;
  /** The editor bundle's cache folder when not the default (EDITOR_BUNDLE_CACHE). */
  bundleCache?: string;
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
  const first = c.SITE_LOCALE ?? 'de';
  const uiLocales = c.SITE_LOCALES ? (splitList(c.SITE_LOCALES) as Locale[]) : [first, ...locales.filter((l) => l !== first)];
  const trimmed = c.BASE_PATH.replace(/\/+$/, '');
  return {
    site: c.SITE_URL.replace(/\/+$/, ''),
    base: trimmed === '' ? '/' : `${trimmed}/`,
    locale: uiLocales[0]!,
    locales: uiLocales,
    title: c.SITE_TITLE,
    repoUrl: c.REPO_URL.replace(/\/+$/, ''),
    repoBranch: c.REPO_BRANCH,
    contentDir: c.CONTENT_DIR.replace(/\/+$/, ''),
    editor: c.EDITOR_ENABLED === 'false' ? undefined : {
      backend: c.EDITOR_BACKEND,
      repo: c.EDITOR_REPO ?? new URL(c.REPO_URL).pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, ''),
      branch: c.EDITOR_BRANCH ?? c.REPO_BRANCH,
      apiRoot: c.EDITOR_API_ROOT?.replace(/\/+$/, ''),
      authUrl: c.EDITOR_AUTH_URL?.replace(/\/+$/, ''),
      appId: c.EDITOR_APP_ID,
      localBackend: c.EDITOR_LOCAL_BACKEND,
      bundleCache: c.EDITOR_BUNDLE_CACHE,
    },
    cacheDir: c.ASTRO_CACHE_DIR,
  };
}

export const siteConfig: SiteConfig = loadConfig(process.env);
