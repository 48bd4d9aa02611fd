/**
 * Every npm script runs on Windows as well as Linux and macOS. npm runs scripts with
 * cmd.exe on Windows (whatever shell the user typed in) and with sh elsewhere, so a
 * script may only use what both understand: commands, arguments, `&&`, `||`, `|`,
 * double quotes. Each rule names the construct and why it breaks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES: { name: string; pattern: RegExp; why: string }[] = [
  { name: 'variable assignment', pattern: /(^|&&|\|\||;|\|)\s*[A-Za-z_][A-Za-z0-9_]*=\S*\s/, why: 'cmd.exe and PowerShell cannot set a variable for one command (VAR=1 cmd); set it in a Node script' },
  { name: 'export/unset/source', pattern: /(^|&&|\|\||;)\s*(export|unset|source|\.)\s/, why: 'POSIX shell built-ins' },
  { name: 'single quotes', pattern: /'/, why: 'cmd.exe passes single quotes on as part of the argument' },
  { name: 'shell expansion', pattern: /\$[A-Za-z_{(]|`/, why: '$VAR, ${VAR}, $(cmd) and backticks are expanded by sh only' },
  { name: 'cmd.exe variable', pattern: /%[A-Za-z_][A-Za-z0-9_]*%/, why: '%VAR% is expanded by cmd.exe only' },
  { name: 'semicolon', pattern: /;/, why: 'cmd.exe does not separate commands with ";"' },
  { name: 'line continuation', pattern: /\\\n/, why: 'backslash-newline continues a line in sh only' },
  { name: '/dev/null', pattern: /\/dev\/null/, why: 'no such file on Windows' },
  { name: 'POSIX command', pattern: /(^|&&|\|\||\|)\s*(rm|cp|mv|mkdir|cat|grep|sed|awk|test|\[|true|false|which|ln|chmod|touch|env|sh|bash)(\s|$)/, why: 'not a command on Windows; use a Node script' },
  { name: 'relative executable', pattern: /(^|&&|\|\||\|)\s*\.\//, why: 'cmd.exe does not run ./file' },
  { name: 'unquoted glob', pattern: /^(?:[^"]|"[^"]*")*?[*?]/, why: 'sh expands globs, cmd.exe does not; quote them for the tool to expand' },
];

const problems = (script: string) => RULES.filter((r) => r.pattern.test(script)).map((r) => `${r.name}: ${r.why}`);

describe('npm scripts work in cmd.exe, PowerShell and sh', () => {
  const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> };

  it.each(Object.entries(pkg.scripts))('"%s" uses nothing POSIX-only: %s', (_name, script) => {
    expect(problems(script)).toEqual([]);
  });

  // The rules themselves, on the kinds of scripts they are there to stop (each must be caught).
  it.each([
    ['ASTRO_TELEMETRY_DISABLED=1 astro build', 'variable assignment'],
    ['npm run build && NODE_ENV=production astro preview', 'variable assignment'],
    ['export CI=1 && vitest run', 'export/unset/source'],
    ["eslint 'src/**/*.ts'", 'single quotes'],
    ['node scripts/digest.ts --out $HOME/digests', 'shell expansion'],
    ['echo `date`', 'shell expansion'],
    ['node scripts/x.ts --out %TEMP%', 'cmd.exe variable'],
    ['astro build; pagefind --site dist', 'semicolon'],
    ['rm -rf dist && astro build', 'POSIX command'],
    ['astro check 2>/dev/null', '/dev/null'],
    ['./node_modules/.bin/astro build', 'relative executable'],
    ['vitest run tests/unit/*.test.ts', 'unquoted glob'],
  ])('catches %s (%s)', (script, rule) => {
    expect(problems(script).map((p) => p.split(':')[0])).toContain(rule);
  });

  it.each(['node scripts/astro.mjs build', 'npm run build && node scripts/astro.mjs preview', 'vitest run', 'vitest run "tests/unit/*.test.ts"', 'node scripts/check.ts --format markdown'])('accepts %s', (script) => {
    expect(problems(script)).toEqual([]);
  });
});
