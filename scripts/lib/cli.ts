/**
 * What every command-line script shares: the outside world passed in (so tests
 * drive `main(argv, io)` without a shell), strict flag parsing with messages that
 * name the flag, and one way to turn errors into exit codes.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadConfig, type SiteConfig } from '../../site.config.ts';
import { today } from '../../src/today.ts';
import { messageLocaleOf, msg, setMessageLocale } from '../../src/i18n/messages.ts';

export type Output = { write(chunk: string): unknown };
export type Input = NodeJS.ReadableStream & { isTTY?: boolean };

export type Io = {
  /** The project folder; content and messages are relative to it. */
  cwd: string;
  /** The clock, read once by the caller. */
  now: Date;
  stdout: Output;
  stderr: Output;
  /** Environment: SITE_*, BASE_PATH, CONTENT_DIR, GITHUB_ACTIONS… */
  env: Record<string, string | undefined>;
  /** Only `npm run new` reads it, and only when it is a terminal. */
  stdin?: Input;
};

/** 0 ok, 1 the content has errors, 2 the command was called wrongly. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

/** A wrong invocation: unknown flag, bad flag value, missing flag. Exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` in strict mode, its errors rewritten so they name the flag and point at `--help`. */
export function parseFlags<O extends Options>(argv: readonly string[], options: O, command: string) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (cause) {
    const e = cause as { code?: string; message: string };
    // Node quotes the option as '--format <value>', '-h, --help' or '--x'; name its long form.
    const quoted = /'([^']+)'/.exec(e.message)?.[1];
    const flag = quoted?.match(/--[\w-]+/)?.[0] ?? quoted?.split(/[ ,]/)[0];
    const known = Object.keys(options).map((o) => `--${o}`).join(', ');
    const text =
      e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? msg('cli.unknownFlag', { flag: flag ?? '', known })
      : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(e.message) ? msg('cli.noValue', { flag: flag ?? msg('cli.aFlag') })
      : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? msg('cli.needsValue', { flag: flag ?? msg('cli.aFlag') })
      : e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? msg('cli.positional', { word: /'([^']*)'/.exec(e.message)?.[1] ?? msg('cli.bareWord') })
      : e.message;
    throw new UsageError(`${text}\n${msg('cli.seeHelp', { command })}`);
  }
}

/** Runs a script's `main` when the file is executed directly, with the real world as `io`. */
export function runWhenMain(meta: ImportMeta, main: (argv: string[], io: Io) => Promise<number>): void {
  const self = fileURLToPath(meta.url);
  if (!process.argv[1] || path.resolve(process.argv[1]) !== self) return;
  // `npm run check | head` closes the pipe early; that is not an error of the script.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  let now: Date;
  try {
    now = today();
  } catch (error) {
    // A malformed SOURCE_DATE_EPOCH is a wrong invocation like a bad flag: its message, exit 2.
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    now,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdin: process.stdin,
  }).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/** The message of a usage error, or rethrow what is not one. */
export function usageMessage(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  throw error;
}

/**
 * The language of everything a command says: the site's language (`SITE_LOCALE`,
 * German by default). Each command calls this first, before any message is made; the
 * language is read from the variables alone, so a bad setting is reported in it too.
 */
export function useMessageLanguage(env: Io['env']): void {
  setMessageLocale(messageLocaleOf(env));
}

/** The site configuration from the command's environment; a bad variable is a usage error. */
export function configFrom(env: Io['env']): SiteConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
