/**
 * The production values of the site's settings, stored once in the repository
 * (`site.production.json`), so neither comms (`npm run digest`) nor IT
 * (`npm run build -- --production`, the CI templates) types a base path or an
 * address. A value set in the environment as well must agree with the stored one:
 * a stale `BASE_PATH` from an earlier shell would otherwise send every newsletter
 * link to a page that does not exist.
 */
import { msg } from '../i18n/messages.ts';

export const PRODUCTION_FILE = 'site.production.json';

/** The settings that describe where and how the production site is served. */
export const PRODUCTION_KEYS = ['SITE_URL', 'BASE_PATH', 'SITE_LOCALES', 'SITE_LOCALE', 'SITE_TITLE', 'REPO_URL', 'REPO_HOST', 'REPO_BRANCH'] as const;
const REQUIRED = ['SITE_URL', 'BASE_PATH'] as const;

export type ProductionValues = Partial<Record<(typeof PRODUCTION_KEYS)[number], string>>;

const EXAMPLE = '{"SITE_URL": "https://intranet.example.com", "BASE_PATH": "/kb/"}';

/** Reads the file's text; throws one message naming the file, the key, what was found and what is expected. */
export function parseProductionValues(text: string, file = PRODUCTION_FILE): ProductionValues {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new Error(msg('production.notJson', { file, example: EXAMPLE, detail: (cause as Error).message }));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(msg('production.notObject', { file, example: EXAMPLE, found: Array.isArray(data) ? msg('production.aList') : JSON.stringify(data) }));
  }
  const problems: string[] = [];
  const values: ProductionValues = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === '$comment') continue;
    if (!(PRODUCTION_KEYS as readonly string[]).includes(key)) {
      problems.push(msg('production.unknownKey', { key, keys: PRODUCTION_KEYS.join(', ') }));
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push(msg('production.notText', { key, found: JSON.stringify(value) }));
    } else {
      values[key as keyof ProductionValues] = value.trim();
    }
  }
  for (const key of REQUIRED) if (!(key in data)) problems.push(msg('production.missing', { key }));
  if (problems.length > 0) throw new Error(`${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return values;
}

/** Compares as the configuration does: no trailing slashes on addresses, one on the base path. */
function normalised(key: string, value: string): string {
  if (key === 'BASE_PATH') return `${value.replace(/\/+$/, '')}/`;
  if (key === 'SITE_URL' || key === 'REPO_URL') return value.replace(/\/+$/, '');
  return value;
}

/**
 * The environment with the stored values in it. A variable that is set to another
 * value is a conflict, named with both values and how to unset it in each shell.
 */
export function withProductionValues(stored: ProductionValues, env: Record<string, string | undefined>, file = PRODUCTION_FILE): { env: Record<string, string | undefined>; conflicts: string[] } {
  const conflicts: string[] = [];
  for (const [key, value] of Object.entries(stored)) {
    const given = env[key];
    if (given !== undefined && given !== '' && normalised(key, given) !== normalised(key, value)) {
      conflicts.push(msg('production.conflict', { key, given, file, value }));
    }
  }
  return { env: { ...env, ...stored }, conflicts };
}
