/**
 * One feedback file's text to validated answers, with one problem per bad cell naming
 * the file, the line and the column. Pure: the caller reads the file and passes the
 * goals and questions it is checked against. CSV syntax is csv-parse's job.
 */
import { parse } from 'csv-parse/sync';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { msg } from '../../i18n/messages.ts';
import { FEEDBACK_COLUMNS, feedbackRowSchema, questionsFileSchema, type FeedbackRow, type Question, type QuestionsFile } from '../../schemas/feedback.ts';
import { fieldPath, problemsFromZod, type Problem } from '../../schemas/problems.ts';
import { didYouMean } from '../suggest.ts';

export type ParseContext = {
  /** The period the file is named after, e.g. `2026-q1`; every row must carry it. */
  period: string;
  /** Goal ids from `goals.yaml`; undefined when that file cannot be read (it is reported on its own). */
  goals: readonly string[] | undefined;
  /** Questions from `questions.yaml`. */
  questions: readonly Question[];
};

/** `column 6 (rating)`: where a spreadsheet user looks for the cell. */
export const cellField = (column: number, name: string) => msg('problem.column', { column, name });

type Record = { record: string[]; info: { lines: number } };

export function parseFeedbackCsv(text: string, file: string, context: ParseContext): { rows: FeedbackRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (message: string, line?: number, field = '') => problems.push({ file, field, message, line, severity: 'error' });

  let records: Record[];
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as Record[];
  } catch (cause) {
    const e = cause as { message: string; lines?: number };
    error(msg('problem.expected', { what: msg('survey.validCsv'), found: msg('found.syntaxError', { detail: e.message.replace(/^Invalid [^:]*: /, '') }) }), e.lines);
    return { rows: [], problems };
  }

  const [head, ...body] = records;
  if (!head) {
    error(msg('problem.expected', { what: msg('survey.firstLine', { columns: FEEDBACK_COLUMNS.join(',') }), found: msg('survey.emptyFile') }), 1);
    return { rows: [], problems };
  }
  const header = head.record;
  header.forEach((name, i) => {
    if (!(FEEDBACK_COLUMNS as readonly string[]).includes(name)) {
      error(msg('survey.unknownColumn', { columns: FEEDBACK_COLUMNS.join(', '), name, hint: didYouMean(name, FEEDBACK_COLUMNS) }), head.info.lines, cellField(i + 1, name || '""'));
    } else if (header.indexOf(name) !== i) {
      error(msg('survey.columnTwice', { name }), head.info.lines, cellField(i + 1, name));
    }
  });
  const missing = FEEDBACK_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) error(msg('survey.missingColumns', { columns: FEEDBACK_COLUMNS.join(', '), missing: missing.map((value) => msg('survey.quoted', { value })).join(', ') }), head.info.lines, '');
  // With a broken header every row would look broken too: one mistake, one message.
  if (problems.length) return { rows: [], problems };

  const questionById = new Map(context.questions.map((q) => [q.id, q]));
  const questionIds = context.questions.map((q) => q.id);
  const column = (name: string) => header.indexOf(name) + 1;
  const rows: FeedbackRow[] = [];

  for (const { record, info } of body) {
    const line = info.lines;
    const cellError = (name: string, message: string) => error(message, line, cellField(column(name), name));
    if (record.length !== header.length) {
      error(msg('survey.cells', { expected: header.length, found: record.length }), line);
      continue;
    }
    const cells = Object.fromEntries(header.map((name, i) => [name, record[i]!]));
    const parsed = feedbackRowSchema.safeParse(cells);
    if (!parsed.success) {
      // One problem per cell; the header check above leaves no unknown or missing column here.
      for (const p of problemsFromZod(file, parsed.error)) cellError(p.field, p.message);
      continue;
    }
    const row = parsed.data;
    const before = problems.length;
    if (row.period !== context.period) cellError('period', msg('survey.period', { period: context.period, found: row.period }));
    if (context.goals && !context.goals.includes(row.goal)) cellError('goal', msg('survey.goal', { goals: context.goals.join(', '), found: row.goal, hint: didYouMean(row.goal, context.goals) }));
    const question = questionById.get(row.question);
    if (!question) cellError('question', msg('survey.question', { ids: questionIds.join(', '), found: row.question, hint: didYouMean(row.question, questionIds) }));
    else if (!question.asked.includes(row.role)) cellError('role', msg('survey.role', { question: question.id, roles: question.asked.join(', '), found: row.role }));
    if (problems.length === before) rows.push(row);
  }
  if (body.length === 0) error(msg('survey.noAnswers'), head.info.lines + 1);
  return { rows, problems };
}

/**
 * `questions.yaml` to questions, with the line and column of every bad field (the YAML
 * node the field's path points at, or its nearest parent).
 */
export function parseQuestionsYaml(text: string, file: string): { data?: QuestionsFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: lines });
  const at = (offset: number | undefined): { line?: number; col?: number } => (offset === undefined ? {} : lines.linePos(offset));
  if (doc.errors[0]) {
    const { line, col } = at(doc.errors[0].pos[0]);
    return { problems: [{ file, field: col ? msg('survey.column', { column: col }) : '', line, severity: 'error', message: msg('problem.expected', { what: msg('what.yaml'), found: msg('found.syntaxError', { detail: doc.errors[0].message.split('\n')[0]! }) }) }] };
  }
  const parsed = questionsFileSchema.safeParse(doc.toJS() ?? {});
  const problems: Problem[] = [];
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path);
      if (seen.has(field)) continue;
      seen.add(field);
      // An unknown field points at its key; a missing one at its parent (the deepest node that exists).
      let path = [...issue.path];
      let node: unknown;
      while (!(node = doc.getIn(path as (string | number)[], true)) && path.length) path = path.slice(0, -1);
      if (issue.code === 'unrecognized_keys' && isMap(node)) {
        const key = node.items.find((pair) => isScalar(pair.key) && pair.key.value === issue.keys[0])?.key;
        if (isNode(key)) node = key;
      }
      const range = isNode(node) ? node.range : undefined;
      const { line, col } = at(range?.[0]);
      problems.push({ file, field: col ? `${field || msg('problem.file')} (${msg('survey.column', { column: col })})` : field, line, severity: 'error', message: issue.message });
    }
    return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  const seen = new Set<string>();
  parsed.data.questions.forEach((q, i) => {
    if (seen.has(q.id)) {
      const { line, col } = at((doc.getIn(['questions', i, 'id'], true) as { range?: [number] } | undefined)?.range?.[0]);
      problems.push({ file, field: `questions[${i}].id${col ? ` (${msg('survey.column', { column: col })})` : ''}`, line, severity: 'error', message: msg('survey.questionTwice', { id: q.id }) });
    }
    seen.add(q.id);
  });
  return problems.length ? { problems } : { data: parsed.data, problems };
}
