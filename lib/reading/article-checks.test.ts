import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { buildStatementIndex, type Statement } from '../quotes';
import { recognize } from '../recognizer/recognize';
import { entityReferences, recognizeWithChecks, roleMentionsOf, unnamedPart } from './article-checks';

const kb = testKb([
  { id: 'kazakhstan', label: 'Kazakhstan', aliases: ['Kazakhstan'], adjectives: ['Kazakh'] },
  { id: 'nato', type: 'organization', label: 'NATO', aliases: [{ text: 'NATO', case: 'exact' }] },
  {
    id: 'kassym-jomart-tokayev',
    type: 'person',
    label: 'Kassym-Jomart Tokayev',
    aliases: ['Kassym-Jomart Tokayev', 'Tokayev'],
    roles: [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' }],
  },
  {
    id: 'nursultan-nazarbayev',
    type: 'person',
    label: 'Nursultan Nazarbayev',
    aliases: ['Nursultan Nazarbayev', 'Nazarbayev'],
    roles: [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '1990-04-24', end: '2019-03-20' }],
  },
  { id: 'jens-stoltenberg', type: 'person', label: 'Jens Stoltenberg', aliases: ['Jens Stoltenberg'], roles: [{ title: 'Secretary General of NATO', of: 'nato', start: '2014-10-01', end: '2024-10-01' }] },
  { id: 'spief-2022', type: 'event', label: 'SPIEF 2022', aliases: [], start: '2022-06-15', end: '2022-06-18' },
]);

const statement: Statement = {
  id: 'tokayev-non-recognition',
  speaker: 'kassym-jomart-tokayev',
  date: '2022-06-17',
  event: 'spief-2022',
  text: 'For this reason, we do not recognise Taiwan, Kosovo, South Ossetia or Abkhazia as states.',
  source: { publisher: 'Test wire', kind: 'wire', url: 'https://example.test/wire' },
};
const statements = buildStatementIndex([statement]);
const misquote = '“That is why we recognise Taiwan, Kosovo, South Ossetia or Abkhazia as states,” the Kazakh president said.';

describe('role descriptions on the page', () => {
  it('marks the words of a description that no name covers', () => {
    const text = 'He met the president of Kazakhstan and Kazakhstan’s president, then the NATO secretary-general.';
    const names = recognize(kb, text).filter((mention) => mention.kind === 'name');
    const part = (description: string) => {
      const start = text.indexOf(description);
      const found = unnamedPart(text, start, start + description.length, names);
      return found && text.slice(found.start, found.end);
    };
    expect(part('president of Kazakhstan')).toBe('president');
    expect(part('Kazakhstan’s president')).toBe('president');
    expect(part('NATO secretary-general')).toBe('secretary-general');
    expect(part('Kazakhstan')).toBeNull();
  });

  it('resolves a description to the officeholder of the article’s date', () => {
    const text = 'The Kazakh president spoke first.';
    const at = (day: string) => roleMentionsOf(kb, text, recognize(kb, text), day).map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);
    expect(at('2022-06-17')).toEqual([['Kazakh president', 'kassym-jomart-tokayev']]);
    expect(at('2015-01-01')).toEqual([['Kazakh president', 'nursultan-nazarbayev']]);
  });

  it('leaves a description beside the name it stands for to the name’s own mark', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev spoke first.';
    expect(roleMentionsOf(kb, text, recognize(kb, text), '2022-06-17')).toEqual([]);
  });
});

describe('recognition with checks', () => {
  it('checks a quotation whose speaker is named only by a role description, and sends the records a card needs', () => {
    const recognition = recognizeWithChecks(kb, statements, misquote, 0, '2022-06-17');
    expect(recognition.quotes).toMatchObject([{ statementId: 'tokayev-non-recognition', speaker: 'kassym-jomart-tokayev', verdict: 'negation-missing' }]);
    expect(recognition.roleMentions).toMatchObject([{ entityId: 'kassym-jomart-tokayev', description: 'Kazakh president', tense: 'current' }]);
    expect(recognition.records['kassym-jomart-tokayev']?.label).toBe('Kassym-Jomart Tokayev');
    expect(recognition.records['spief-2022']?.label).toBe('SPIEF 2022');
  });

  it('counts a person named only by a role description among the entities the article refers to', () => {
    const recognition = recognizeWithChecks(kb, statements, misquote, 0, '2022-06-17');
    expect(recognition.mentions.map((mention) => mention.entityId)).not.toContain('kassym-jomart-tokayev');
    expect(entityReferences(recognition).map((reference) => reference.entityId)).toContain('kassym-jomart-tokayev');
  });

  it('never puts a quotation in the mouth of someone the article does not name', () => {
    // In 2015 "the Kazakh president" is Nazarbayev, who has no such statement on record.
    const recognition = recognizeWithChecks(kb, statements, misquote, 0, '2015-01-01');
    expect(recognition.roleMentions).toMatchObject([{ entityId: 'nursultan-nazarbayev' }]);
    expect(recognition.quotes).toEqual([]);
  });

  it('reports only what starts after the context, with offsets counted from there', () => {
    const context = 'Tokayev spoke at the forum.\n\n';
    const recognition = recognizeWithChecks(kb, statements, context + misquote, context.length, '2022-06-17');
    const [quote] = recognition.quotes!;
    expect(misquote.slice(quote!.span.start, quote!.span.end)).toMatch(/^That is why we recognise Taiwan/);
    const [role] = recognition.roleMentions!;
    expect(misquote.slice(role!.start, role!.end)).toBe('Kazakh president');
    for (const part of quote!.diff) if (part.quote) expect(misquote.slice(part.quote.start, part.quote.end)).toBe(part.quote.text);
    // The context's own quotation was checked when it arrived.
    const again = recognizeWithChecks(kb, statements, misquote + '\n\nMore text.', misquote.length + 2, '2022-06-17');
    expect(again.quotes).toEqual([]);
    expect(again.roleMentions).toEqual([]);
  });

  it('resolves no description without a date, and checks nothing without statements', () => {
    expect(recognizeWithChecks(kb, statements, misquote, 0).roleMentions).toEqual([]);
    expect(recognizeWithChecks(kb, buildStatementIndex([]), misquote, 0, '2022-06-17').quotes).toEqual([]);
  });
});
