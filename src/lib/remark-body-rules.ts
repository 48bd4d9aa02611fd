/**
 * The MDX body rules (DESIGN.md §4) in `astro build` and `astro dev`, so nothing
 * unsafe is published by skipping `npm run check`. A remark plugin in the
 * `unified` processor's `remarkPlugins` (astro.config.mjs): it sees the tree the
 * site renders and applies src/lib/mdx-rules.ts, the same rules and messages as
 * `npm run check`. The build stops with file, line, column and rule.
 */
import type { Root } from 'mdast';
import { bodyViolations, type Violation } from './mdx-rules.ts';

type VFileLike = { path?: string; cwd?: string; history?: string[] };

/** The build error: every violation of the file, each with file, line, column and rule. */
export class BodyRuleError extends Error {
  readonly violations: readonly Violation[];
  /** Where Astro's error overlay and log point. */
  readonly loc: { file: string; line: number; column: number };
  /** Read by @astrojs/mdx when it reports the failing file. */
  readonly line: number;
  readonly column: number;
  constructor(file: string, violations: readonly Violation[]) {
    const list = violations.map((v) => `  ${file}:${v.line}:${v.column} [${v.rule}] ${v.message}`).join('\n');
    super(`MDX body rules (DESIGN.md §4) broken in ${file}:\n${list}\nRun \`npm run check\` to see every problem in the content.`);
    this.name = 'BodyRuleError';
    this.violations = violations;
    this.line = violations[0]!.line;
    this.column = violations[0]!.column;
    this.loc = { file, line: this.line, column: this.column };
  }
}

/** Project-relative file name, as `npm run check` prints it. */
function shown(file: VFileLike): string {
  const full = file.path ?? file.history?.at(-1) ?? 'an MDX file';
  const cwd = file.cwd ?? '';
  return cwd && full.startsWith(`${cwd}/`) ? full.slice(cwd.length + 1) : full;
}

export function remarkBodyRules() {
  return (tree: Root, file: VFileLike) => {
    const violations = bodyViolations(tree);
    if (violations.length) throw new BodyRuleError(shown(file), violations);
  };
}
