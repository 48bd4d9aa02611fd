/**
 * `npm run style` — lists the content files the browser editor would rewrite in the
 * library's YAML style when it next saves them (src/lib/editor/style.ts), with the
 * first line that would change. Exit code 0: all in style, 1: some are not,
 * 2: the command was called wrongly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { styleDifference, type StyleKind } from '../src/lib/editor/style.ts';
import { EXIT, parseFlags, runWhenMain, usageMessage, type Io, configFrom } from './lib/cli.ts';

export const HELP = `Usage: npm run style

Lists the content files (entries, mentor profiles, learning paths, the glossary)
that the browser editor would rewrite in the library's YAML style the next time it
saves them, with the first line that would change. Keeping every file in that style
means an edit in the browser changes only the edited field's line.

Environment: CONTENT_DIR (default content).

Exit codes: 0 all files in style, 1 some are not, 2 usage errors.
`;

const FOLDERS: [string, string, StyleKind][] = [['entries', '.mdx', 'entries'], ['mentors', '.md', 'mentors'], ['paths', '.yaml', 'paths']];

export async function main(argv: string[], io: Io): Promise<number> {
  let contentDir: string;
  try {
    const { values } = parseFlags(argv, { help: { type: 'boolean', short: 'h' } } as const, 'style');
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    contentDir = configFrom(io.env).contentDir;
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }
  const root = path.resolve(io.cwd, contentDir);
  const files: [string, StyleKind][] = FOLDERS.flatMap(([folder, ext, kind]) => {
    const dir = path.join(root, folder);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f): [string, StyleKind] => [path.join(folder, f), kind]) : [];
  });
  if (existsSync(path.join(root, 'glossary.yaml'))) files.push(['glossary.yaml', 'glossary']);
  let off = 0;
  for (const [file, kind] of files) {
    const shown = path.relative(io.cwd, path.join(root, file)).split(path.sep).join('/');
    let difference;
    try {
      difference = styleDifference(readFileSync(path.join(root, file), 'utf8'), kind);
    } catch (error) {
      io.stdout.write(`${shown}: not readable as YAML (${(error as Error).message.split('\n')[0]}); run npm run check for details\n`);
      off++;
      continue;
    }
    if (!difference) continue;
    off++;
    io.stdout.write(`${shown}:${difference.line}: expected the library's style ${JSON.stringify(difference.expected)}, found ${JSON.stringify(difference.found)}\n`);
  }
  io.stdout.write(off ? `${off} of ${files.length} files are not in the library's YAML style; the browser editor would rewrite them when it next saves them.\n` : `All ${files.length} files are in the library's YAML style.\n`);
  return off ? EXIT.content : EXIT.ok;
}

runWhenMain(import.meta, main);
