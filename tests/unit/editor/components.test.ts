import { describe, expect, it } from 'vitest';
import { COMPONENT_FORMS, attribute, componentMdx, formProblems, insertBlock, segments } from '../../../src/lib/editor/components.ts';

describe('editor components', () => {
  it('writes TryIt as a numbered list inside blank lines, as the sample entries do', () => {
    expect(componentMdx('TryIt', { title: 'Erste Schritte', steps: 'Chat öffnen\n\n2. Mikrofon halten\n- Senden ' })).toBe('<TryIt title="Erste Schritte">\n\n1. Chat öffnen\n2. Mikrofon halten\n3. Senden\n\n</TryIt>');
    expect(componentMdx('TryIt', { steps: 'A' })).toBe('<TryIt>\n\n1. A\n\n</TryIt>');
  });
  it('writes Callout, Quote and Video with their attributes', () => {
    expect(componentMdx('Callout', { type: 'warning', text: 'Vorsicht.' })).toBe('<Callout type="warning">\n\nVorsicht.\n\n</Callout>');
    expect(componentMdx('Callout', { type: 'bogus', text: 'x' })).toContain('type="note"');
    expect(componentMdx('Quote', { text: 'Gut.', by: 'Sabine, Einkauf' })).toBe('<Quote by="Sabine, Einkauf">\n\nGut.\n\n</Quote>');
    expect(componentMdx('Video', { url: 'https://www.youtube-nocookie.com/embed/abc123', title: 'Wie Reels funktionieren' })).toBe('<Video url="https://www.youtube-nocookie.com/embed/abc123" title="Wie Reels funktionieren" />');
  });
  it('quotes attribute values so MDX reads them back unchanged', () => {
    expect(attribute('by', 'Sie sagte "hallo"')).toBe(` by='Sie sagte "hallo"'`);
    expect(attribute('by', `"it's"`)).toBe(' by="”it\'s”"');
    expect(attribute('title', 'zwei\nZeilen')).toBe(' title="zwei Zeilen"');
  });
  it('names what is missing in a form', () => {
    const video = COMPONENT_FORMS.find((f) => f.name === 'Video')!;
    expect(formProblems(video, {}, 'de')).toEqual(['„Einbettungs-Adresse (https://…)“ fehlt.', '„Titel des Videos“ fehlt.']);
    expect(formProblems(video, { url: 'http://x', title: 'T' }, 'en')).toEqual(['The video address must start with https://.']);
  });
  it('inserts a block at the cursor with blank lines around it', () => {
    expect(insertBlock('## A\nText', 4, '<X />')).toEqual({ body: '## A\n\n<X />\n\nText', cursor: 11 });
    expect(insertBlock('', 0, '<X />').body).toBe('<X />\n');
  });
  it('finds the components of a body for the preview', () => {
    const found = segments('Intro\n\n<Callout type="tip" title=\'T\'>\n\nText\n\n</Callout>\n\n<Video url="https://v" title="V" />\nEnde');
    expect(found.map((s) => s.kind)).toEqual(['markdown', 'Callout', 'Video', 'markdown']);
    expect(found[1]).toMatchObject({ attributes: { type: 'tip', title: 'T' }, text: 'Text' });
  });
});
