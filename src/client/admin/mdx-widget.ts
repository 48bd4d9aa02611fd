/**
 * The entry body field: the MDX text as it is stored (never re-serialised, so
 * nothing is escaped or reformatted), plus one button per component (`TryIt`,
 * `Callout`, `Quote`, `Video`) that opens a small form and inserts the component
 * at the cursor. Decap's rich-text mode is not used: it rewrites Markdown and
 * escapes JSX.
 */
import { Component, createElement as h, type ChangeEvent, type ReactNode } from 'react';
import { COMPONENT_FORMS, componentMdx, formProblems, insertBlock, type ComponentForm, type Locale, type Values } from '../../lib/editor/components.ts';

type WidgetProps = {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
};
type State = { open?: ComponentForm; values: Values; problems: string[] };
type Data = { locale: Locale; strings: Record<string, string> };

const STYLE = `
.tl-mdx { display: flex; flex-direction: column; gap: .5rem; }
.tl-mdx-bar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.tl-mdx-bar span { font-weight: 600; margin-right: .25rem; color: #1e2a44; }
.tl-mdx button { font: inherit; border: 1px solid #5b6b8c; border-radius: 6px; background: #fff; color: #1e2a44; padding: .3rem .7rem; cursor: pointer; }
.tl-mdx button:hover, .tl-mdx button:focus-visible { background: #e8eefc; }
.tl-mdx button[data-primary] { background: #2a4fb0; color: #fff; border-color: #2a4fb0; }
.tl-mdx fieldset { border: 1px solid #c5cde0; border-radius: 8px; padding: .75rem; display: grid; gap: .5rem; }
.tl-mdx legend { font-weight: 600; padding: 0 .25rem; color: #1e2a44; }
.tl-mdx label { color: #1e2a44; }
.tl-mdx label { display: grid; gap: .25rem; }
.tl-mdx input, .tl-mdx select, .tl-mdx fieldset textarea { font: inherit; padding: .4rem; border: 1px solid #8a96b0; border-radius: 4px; }
.tl-mdx [role=alert] { color: #a3141f; margin: 0; }
.tl-mdx-text { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; line-height: 1.5; min-height: 24rem; width: 100%; box-sizing: border-box; resize: vertical; }
.tl-mdx-help { color: #4a5568; font-size: .85rem; margin: 0; }
`;

/** The control, bound to the page's language and words. */
export function MdxControl(data: Data) {
  const { locale, strings } = data;
  return class MdxControlWidget extends Component<WidgetProps, State> {
    state: State = { values: {}, problems: [] };
    private text: HTMLTextAreaElement | null = null;
    private cursor = 0;

    open(form: ComponentForm) {
      this.cursor = this.text?.selectionStart ?? (this.props.value ?? '').length;
      this.setState({ open: form, values: form.name === 'Callout' ? { type: 'tip' } : {}, problems: [] });
    }

    insert() {
      const form = this.state.open!;
      const problems = formProblems(form, this.state.values, locale);
      if (problems.length) return this.setState({ problems });
      const { body, cursor } = insertBlock(this.props.value ?? '', this.cursor, componentMdx(form.name, this.state.values));
      this.props.onChange(body);
      this.setState({ open: undefined, values: {}, problems: [] });
      requestAnimationFrame(() => {
        this.text?.focus();
        this.text?.setSelectionRange(cursor, cursor);
      });
    }

    field(form: ComponentForm, index: number): ReactNode {
      const f = form.fields[index]!;
      const id = `${this.props.forID}-${form.name}-${f.name}`;
      const value = this.state.values[f.name] ?? '';
      const set = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => this.setState({ values: { ...this.state.values, [f.name]: e.target.value } });
      const control =
        f.kind === 'choice'
          ? h('select', { id, value, onChange: set }, (f.choices ?? []).map((c) => h('option', { key: c, value: c }, c)))
          : f.kind === 'lines'
            ? h('textarea', { id, value, onChange: set, rows: 4, required: f.required })
            : h('input', { id, value, onChange: set, type: 'text', required: f.required, placeholder: f.placeholder?.[locale] });
      return h('label', { key: f.name, htmlFor: id }, f.label[locale], control);
    }

    render() {
      const { value = '', onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const { open, problems } = this.state;
      return h(
        'div',
        { className: 'tl-mdx' },
        h('style', null, STYLE),
        h(
          'div',
          { className: 'tl-mdx-bar', role: 'toolbar', 'aria-label': strings['editor.body.components'] },
          h('span', null, `${strings['editor.body.components']}:`),
          COMPONENT_FORMS.map((form) => h('button', { key: form.name, type: 'button', 'data-component': form.name, onClick: () => this.open(form) }, form.label[locale])),
        ),
        open &&
          h(
            'fieldset',
            { 'data-component-form': open.name },
            h('legend', null, `${open.label[locale]} (${open.name})`),
            open.fields.map((_, i) => this.field(open, i)),
            problems.length > 0 && h('p', { role: 'alert' }, problems.join(' ')),
            h(
              'div',
              { className: 'tl-mdx-bar' },
              h('button', { type: 'button', 'data-primary': '', onClick: () => this.insert() }, strings['editor.body.insert']),
              h('button', { type: 'button', onClick: () => this.setState({ open: undefined, problems: [] }) }, strings['editor.body.cancel']),
            ),
          ),
        h('textarea', {
          id: forID,
          ref: (el: HTMLTextAreaElement | null) => { this.text = el; },
          className: `${classNameWrapper} tl-mdx-text`,
          value,
          spellCheck: true,
          lang: locale,
          'aria-describedby': `${forID}-help`,
          onChange: (e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
        h('p', { className: 'tl-mdx-help', id: `${forID}-help` }, strings['editor.body.help']),
      );
    }
  };
}

/** Decap shows a widget's preview where no template renders the field: the raw text. */
export function MdxPreview({ value }: { value?: string }) {
  return h('pre', { style: { whiteSpace: 'pre-wrap' } }, value ?? '');
}
