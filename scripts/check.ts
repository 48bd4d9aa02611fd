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

export const HELP = `Usage: npm run check [-- flags]

Validates the content folder: front matter of entries, mentors, paths, digests,
tags, goals and glossary; the MDX body rules; links between entries; images and
their alt texts; duplicate titles. Entries past their review date are listed as
warnings, grouped by mentor.

Flags:
  --format <text|json|markdown|codequality>
                                 text (default) for people, json for machines,
                                 markdown for a pull- or merge-request comment,
                                 codequality for GitLab's Code Quality report
  -h, --help                     show this help

Environment: CONTENT_DIR (default content), SITE_URL, BASE_PATH.
In GitHub Actions (GITHUB_ACTIONS=true) text output adds ::error/::warning
annotations for the pull request.

Exit codes: 0 no errors (warnings allowed), 1 content errors, 2 usage errors.
`;

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
      io.stdout.write(HELP);
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
