/**
 * `npm run check` — validates everything a pull request can break and lists all
 * errors of all files in one run. Exit code 0: no errors (warnings allowed),
 * 1: the content has errors, 2: the command was called wrongly.
 */
import { startOfDay } from '../src/lib/dates.ts';
import { checkContent } from './lib/check-content.ts';
import { codeQualityReport, githubAnnotations, jsonReport, markdownReport, textReport } from './lib/report.ts';
import { EXIT, UsageError, parseFlags, runWhenMain, usageMessage, type Io, configFrom, useMessageLanguage } from './lib/cli.ts';
import { msg } from '../src/i18n/messages.ts';

const FORMATS = ['text', 'json', 'markdown', 'codequality'] as const;

/** The command's help, in the site's language. */
export const help = (): string => msg('help.check');

const options = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: Io): Promise<number> {
  useMessageLanguage(io.env);
  let format: (typeof FORMATS)[number];
  let config;
  try {
    const { values } = parseFlags(argv, options, 'check');
    if (values.help) {
      io.stdout.write(help());
      return EXIT.ok;
    }
    const wanted = values.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(wanted)) throw new UsageError(msg('check.format', { values: FORMATS.join(', '), found: wanted }));
    format = wanted as (typeof FORMATS)[number];
    config = configFrom(io.env);
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }

  const result = checkContent({ rootDir: io.cwd, contentDir: config.contentDir, today: startOfDay(io.now), site: config.site });
  if (format === 'json') io.stdout.write(jsonReport(result));
  else if (format === 'markdown') io.stdout.write(markdownReport(result));
  else if (format === 'codequality') io.stdout.write(codeQualityReport(result));
  else {
    if (io.env.GITHUB_ACTIONS === 'true') io.stdout.write(githubAnnotations(result));
    io.stdout.write(textReport(result));
  }
  return result.errors.length ? EXIT.content : EXIT.ok;
}

runWhenMain(import.meta, main);
