/**
 * Rewrites the field reference tables in CONTRIBUTING.md from the schemas
 * (src/lib/field-reference.ts). `--check` only compares and exits 1 when the
 * guide is out of date; the unit tests do the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { entrySchema } from '../src/schemas/entry.ts';
import { mentorSchema } from '../src/schemas/mentor.ts';
import { embedReference, referenceBlocks } from '../src/lib/field-reference.ts';
import { EXIT, parseFlags, runWhenMain, usageMessage, type Io } from './lib/cli.ts';

export const HELP = `Usage: node scripts/field-reference.ts [--check]

Writes the field reference tables (entries and mentor profiles, German and
English) into CONTRIBUTING.md between the <!-- field-reference:… --> markers.

Flags:
  --check     compare only; exit 1 when CONTRIBUTING.md is out of date
  -h, --help  show this help
`;

const options = { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export const GUIDE = 'CONTRIBUTING.md';

/** The guide as it should read, generated tables included. */
export function expectedGuide(current: string): string {
  return embedReference(current, referenceBlocks({ entry: entrySchema(), mentor: mentorSchema }));
}

export async function main(argv: string[], io: Io): Promise<number> {
  let check = false;
  try {
    const { values } = parseFlags(argv, options, 'field-reference');
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    check = values.check ?? false;
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }
  const file = path.join(io.cwd, GUIDE);
  const current = readFileSync(file, 'utf8');
  const next = expectedGuide(current);
  if (current === next) {
    io.stdout.write(`✔ ${GUIDE}: the field reference matches the schemas\n`);
    return EXIT.ok;
  }
  if (check) {
    io.stderr.write(`✖ ${GUIDE}: the field reference is out of date; run \`node scripts/field-reference.ts\`\n`);
    return EXIT.content;
  }
  writeFileSync(file, next);
  io.stdout.write(`✔ ${GUIDE}: field reference rewritten from the schemas\n`);
  return EXIT.ok;
}

runWhenMain(import.meta, main);
