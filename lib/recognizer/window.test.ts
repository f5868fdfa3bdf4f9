import { describe, expect, it } from 'vitest';
import { sourceEnd, toMatchText } from '../text/normalize';
import { windowAround, WINDOW_WORDS } from './window';

/** The neighbourhood of the first `name` in `source`, as source text. */
function around(source: string, name: string): string {
  const text = toMatchText(source);
  const start = String.fromCharCode(...text.codes.subarray(0, text.length)).indexOf(name.toLowerCase());
  const { from, to } = windowAround(text, start, start + name.length);
  return source.slice(text.starts[from], sourceEnd(text, to - 1));
}

describe('the neighbourhood of a name', () => {
  it('holds a few words on either side', () => {
    const words = Array.from({ length: 20 }, (_, k) => `w${k}`);
    const source = [...words.slice(0, 10), 'Georgia', ...words.slice(10)].join(' ');
    expect(around(source, 'Georgia')).toBe([...words.slice(10 - WINDOW_WORDS, 10), 'Georgia', ...words.slice(10, 10 + WINDOW_WORDS)].join(' '));
  });

  it('stops at the end of its sentence and at a blank line', () => {
    expect(around('Tbilisi was calm. In Washington, Georgia objected. Atlanta was not.', 'Georgia')).toBe('In Washington, Georgia objected');
    expect(around('Tbilisi was calm\n\nGeorgia objected\n\nAtlanta', 'Georgia')).toBe('Georgia objected');
  });

  it('reads on past the full stops of abbreviations and initials', () => {
    expect(around('said the U.S. Sen. Georgia Smith.', 'Georgia')).toBe('said the U.S. Sen. Georgia Smith');
  });

  it('never reaches far, however long the words', () => {
    const long = 'x'.repeat(500);
    expect(around(`${long} Georgia ${long}`, 'Georgia')).toBe('Georgia');
  });
});
