/**
 * Everything the editor page hands to the browser, in one JSON block: the Decap
 * configuration, the field shapes its file formats write, the words of its own
 * widget, and the address of the site's stylesheet for the preview.
 */
import { editorConfig, type EditorInput } from './config.ts';
import { COMPONENT_FORMS } from './components.ts';
import { FORMAT_SPECS } from './specs.ts';

export type EditorPageData = ReturnType<typeof editorPageData>;

export function editorPageData(input: EditorInput, previewStyle: string) {
  return {
    config: editorConfig(input),
    specs: FORMAT_SPECS,
    components: COMPONENT_FORMS,
    locale: input.locale,
    base: input.base,
    previewStyle,
  };
}

/** JSON that is safe inside `<script type="application/json">`: no `</script>` can close it early. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
