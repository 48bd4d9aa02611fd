/**
 * The site's one validated configuration, read from the environment once.
 * The Astro config, the integrations, the pages and the command-line scripts all
 * import it, so a setting has one name, one default and one error message. The one
 * variable read elsewhere is SOURCE_DATE_EPOCH, "today", in src/today.ts.
 */
import { z } from 'astro/zod';
import { askedLocale, messageLocale, msgIn, type MessageKey } from './src/i18n/messages.ts';

const locales = ['de', 'en'] as const;
const hosts = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type RepoHost = (typeof hosts)[number];

/** Public hosts whose kind a REPO_URL gives away; any other address needs REPO_HOST. */
const KNOWN_HOSTS: Readonly<Record<string, RepoHost>> = {
  'github.com': 'github',
  'gitlab.com': 'gitlab',
  'gitea.com': 'gitea',
  'codeberg.org': 'forgejo',
};

const splitList = (value: string) => value.split(',').map((part) => part.trim()).filter(Boolean);

// The messages about the settings speak the language the settings ask for, read before they are checked.
let lang: Locale = 'de';
/** A settings message in the language `loadConfig` is reading for; zod calls the error callbacks while it parses. */
const say = (key: MessageKey, params: Record<string, string | number> = {}) => msgIn(lang, key, params);
const shown = (input: unknown) => JSON.stringify(input);

const configSchema = z.object({
  /** Absolute origin used in feeds and digests, e.g. `https://intranet.example.com`. */
  SITE_URL: z
    .url({ error: (iss) => say('config.siteUrl', { found: shown(iss.input) }) })
    .default('http://localhost:4321'),
  /** Sub-folder the site is served from, e.g. `/kb/`. Default `/`. */
  BASE_PATH: z
    .string()
    .regex(/^\/([a-z0-9._~-]+\/?)*$/i, { error: (iss) => say('config.basePath', { found: shown(iss.input) }) })
    .default('/'),
  /** The UI languages, comma-separated, the first at the root and each other under `/<code>/`: default `de,en`; `de` alone is a German-only site. */
  SITE_LOCALES: z
    .string()
    .refine((value) => {
      const list = splitList(value);
      return list.length > 0 && list.every((l) => (locales as readonly string[]).includes(l)) && new Set(list).size === list.length;
    }, { error: (iss) => say('config.siteLocales', { found: shown(iss.input) }) })
    .optional(),
  /** Without SITE_LOCALES: the root UI language, `de` (default) or `en`, the other one under its prefix. */
  SITE_LOCALE: z.enum(locales, { error: (iss) => say('config.siteLocale', { found: shown(iss.input) }) }).optional(),
  /** The site's name in the header, the title bar and the newsletter. */
  SITE_TITLE: z.string().min(1).default('Trend Library'),
  /** Repository web URL for "edit this entry" and "propose an entry" links. */
  REPO_URL: z.url({ error: (iss) => say('config.repoUrl', { found: shown(iss.input) }) }).default('https://github.com/example-company/trend-library'),
  /** The kind of git host REPO_URL is on, which decides the links' URL layout; default: from REPO_URL's host name (github.com, gitlab.com, gitea.com, codeberg.org) or EDITOR_BACKEND. */
  REPO_HOST: z.enum(hosts, { error: (iss) => say('config.oneOf', { name: 'REPO_HOST', values: hosts.join(', '), found: shown(iss.input) }) }).optional(),
  /** Branch the edit links point at. */
  REPO_BRANCH: z.string().min(1).default('main'),
  /** Folder the content is read from; tests and the benchmark point it at their own libraries. */
  CONTENT_DIR: z.string().min(1).default('content'),
  /**
   * The browser editor at /admin/: unset (on only when an EDITOR_* host setting is given), `true` or
   * `false` (no /admin/ in the build at all). Not `EDITOR`: shells use that for the text editor.
   */
  EDITOR_ENABLED: z.enum(['true', 'false'], { error: (iss) => say('config.trueFalse', { name: 'EDITOR_ENABLED', found: shown(iss.input) }) }).optional(),
  /** Git host the editor opens pull requests on: `github` (also GitHub Enterprise), `gitlab`, `gitea` or `forgejo`; default REPO_HOST. */
  EDITOR_BACKEND: z.enum(hosts, { error: (iss) => say('config.oneOf', { name: 'EDITOR_BACKEND', values: hosts.join(', '), found: shown(iss.input) }) }).optional(),
  /** Repository as `owner/name` on that host; default: the path of REPO_URL. */
  EDITOR_REPO: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: (iss) => say('config.editorRepo', { found: shown(iss.input) }) }).optional(),
  /** Branch pull requests target; default REPO_BRANCH. */
  EDITOR_BRANCH: z.string().min(1).optional(),
  /** The host's REST API, e.g. https://git.example.com/api/v4 (GitLab), /api/v1 (Gitea, Forgejo), /api/v3 (GitHub Enterprise). */
  EDITOR_API_ROOT: z.url({ error: (iss) => say('config.editorApiRoot', { found: shown(iss.input) }) }).optional(),
  /** Where sign-in starts, a bare origin: the OAuth relay (GitHub) or the git host itself (GitLab, Gitea, Forgejo; default REPO_URL's origin). */
  EDITOR_AUTH_URL: z.url({ error: (iss) => say('config.editorAuthUrl', { found: shown(iss.input) }) }).optional(),
  /** OAuth application (client) id registered on GitLab, Gitea or Forgejo. */
  EDITOR_APP_ID: z.string().min(1).optional(),
  /** Internal, set by `npm run edit`: Decap's local backend the dev server forwards `/admin/api/v1/` to. */
  EDITOR_LOCAL_BACKEND: z.url({ error: (iss) => say('config.localBackend', { found: shown(iss.input) }) }).optional(),
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
  /** The kind of git host the repository is on: it decides the edit and propose links' layout. */
  repoHost: RepoHost;
  repoBranch: string;
  contentDir: string;
  /** The browser editor; `undefined` when it is off (no /admin/ in the build). */
  editor?: EditorSettings;
  /** Astro's cache folder when not the default (ASTRO_CACHE_DIR). */
  cacheDir?: string;
};

export type EditorSettings = {
  /** The git host, or `local`: only Decap's local backend of `npm run edit` (no sign-in anywhere). */
  backend: RepoHost | 'local';
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

/** The settings that configure the editor's host; any of them switches the editor on (unless EDITOR_ENABLED=false). */
const EDITOR_HOST_SETTINGS = ['EDITOR_BACKEND', 'EDITOR_REPO', 'EDITOR_API_ROOT', 'EDITOR_AUTH_URL', 'EDITOR_APP_ID'] as const;

const HOST_NAMES: Readonly<Record<RepoHost, string>> = { github: 'GitHub', gitlab: 'GitLab', gitea: 'Gitea', forgejo: 'Forgejo' };

/** The REST API below a self-hosted instance's origin (github.com's is Decap's default). */
function defaultApiRoot(host: RepoHost, origin: string): string | undefined {
  if (host === 'github') return origin === 'https://github.com' ? undefined : `${origin}/api/v3`;
  return `${origin}/api/${host === 'gitlab' ? 'v4' : 'v1'}`;
}

/**
 * Whether the editor is built, and with which host. It is off unless a host is
 * configured (an EDITOR_* setting) or it is asked for (EDITOR_ENABLED=true, or
 * `npm run edit`, which sets EDITOR_LOCAL_BACKEND). An editor that would sign in
 * through anyone but the company's own servers is refused: with no EDITOR_AUTH_URL,
 * Decap's GitHub backend signs in through Netlify's service, and its GitLab and Gitea
 * backends through gitlab.com and try.gitea.io.
 */
function editorSettings(
  c: z.infer<typeof configSchema>,
  repoHost: RepoHost | undefined,
  problems: string[],
): EditorSettings | undefined {
  const local = c.EDITOR_LOCAL_BACKEND !== undefined;
  const localBackend = { ...(local ? { localBackend: c.EDITOR_LOCAL_BACKEND } : {}), ...(c.EDITOR_BUNDLE_CACHE ? { bundleCache: c.EDITOR_BUNDLE_CACHE } : {}) };
  const configured = EDITOR_HOST_SETTINGS.some((key) => c[key] !== undefined);
  if (c.EDITOR_ENABLED === 'false' || (c.EDITOR_ENABLED === undefined && !configured && !local)) return undefined;
  const repoUrl = new URL(c.REPO_URL);
  const repo = c.EDITOR_REPO ?? repoUrl.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const branch = c.EDITOR_BRANCH ?? c.REPO_BRANCH;
  // `npm run edit` without any host setting: the local backend only, nothing to sign in to.
  if (local && !configured) return { backend: 'local', repo, branch, ...localBackend };
  const backend = c.EDITOR_BACKEND ?? repoHost;
  if (!backend) return undefined; // REPO_HOST's problem is reported already
  let authUrl = c.EDITOR_AUTH_URL?.replace(/\/+$/, '');
  if (authUrl !== undefined && new URL(authUrl).origin !== authUrl) {
    problems.push(say('config.authUrlPath', { found: shown(c.EDITOR_AUTH_URL) }));
    return undefined;
  }
  if (backend === 'github') {
    if (authUrl === undefined) {
      problems.push(say('config.authUrlMissing'));
      return undefined;
    }
  } else {
    // GitLab, Gitea and Forgejo sign in on the host itself (PKCE), by default the host of REPO_URL.
    authUrl ??= repoUrl.origin;
    if (c.EDITOR_APP_ID === undefined) {
      problems.push(say('config.appIdMissing', { host: HOST_NAMES[backend], authUrl }));
      return undefined;
    }
  }
  return {
    backend,
    repo,
    branch,
    apiRoot: c.EDITOR_API_ROOT?.replace(/\/+$/, '') ?? defaultApiRoot(backend, repoUrl.origin),
    authUrl,
    appId: c.EDITOR_APP_ID,
    ...localBackend,
  };
}

/** The host's kind: REPO_HOST, else EDITOR_BACKEND, else what REPO_URL's host name gives away. */
function repoHostOf(c: z.infer<typeof configSchema>, problems: string[]): RepoHost | undefined {
  if (c.REPO_HOST && c.EDITOR_BACKEND && c.REPO_HOST !== c.EDITOR_BACKEND) {
    problems.push(say('config.backendConflict', { backend: c.EDITOR_BACKEND, host: c.REPO_HOST }));
    return undefined;
  }
  const known = KNOWN_HOSTS[new URL(c.REPO_URL).hostname];
  const host = c.REPO_HOST ?? c.EDITOR_BACKEND ?? known;
  if (!host) {
    problems.push(say('config.repoHostUnknown', { hostname: new URL(c.REPO_URL).hostname, values: hosts.join(', ') }));
  }
  return host;
}

/** Parses an environment-like record; throws one readable message per bad variable. */
export function loadConfig(env: Record<string, string | undefined>): SiteConfig {
  const picked = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  // The language these variables name, else the one already chosen (German unless a command or test chose another).
  lang = askedLocale(env) ?? messageLocale();
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    throw new Error(`${say('config.invalid')}\n${parsed.error.issues.map((i) => `  ${i.message}`).join('\n')}`);
  }
  const c = parsed.data;
  const first = c.SITE_LOCALE ?? 'de';
  const uiLocales = c.SITE_LOCALES ? (splitList(c.SITE_LOCALES) as Locale[]) : [first, ...locales.filter((l) => l !== first)];
  const problems: string[] = [];
  const repoHost = repoHostOf(c, problems);
  const editor = editorSettings(c, repoHost, problems);
  if (problems.length > 0 || !repoHost) {
    throw new Error(`${say('config.invalid')}\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const trimmed = c.BASE_PATH.replace(/\/+$/, '');
  return {
    site: c.SITE_URL.replace(/\/+$/, ''),
    base: trimmed === '' ? '/' : `${trimmed}/`,
    locale: uiLocales[0]!,
    locales: uiLocales,
    title: c.SITE_TITLE,
    repoUrl: c.REPO_URL.replace(/\/+$/, ''),
    repoHost,
    repoBranch: c.REPO_BRANCH,
    contentDir: c.CONTENT_DIR.replace(/\/+$/, ''),
    ...(editor ? { editor } : {}),
    cacheDir: c.ASTRO_CACHE_DIR,
  };
}

export const siteConfig: SiteConfig = loadConfig(process.env);
