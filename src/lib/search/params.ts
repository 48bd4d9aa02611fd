/** The query parameter result links carry; the highlighter on the opened page reads it. */
export const HIGHLIGHT_PARAM = 'highlight';
