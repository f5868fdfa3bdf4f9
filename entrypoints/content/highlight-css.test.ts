import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLOURS, COLOUR_NAMES, highlightName } from '@/lib/highlights/colours';

const css = readFileSync(resolve(import.meta.dirname, 'highlight.css'), 'utf8');

function rule(name: string): Record<string, string> {
  const body = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (body === undefined) return {};
  return Object.fromEntries(
    body
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter((parts) => parts.length === 2)
      .map(([property, value]) => [property!, value!.replace(/\s*!important$/, '').toLowerCase()]),
  );
}

describe('highlight.css', () => {
  it('paints every colour exactly as lib/highlights/colours.ts defines it, text colour included', () => {
    for (const name of COLOUR_NAMES) {
      expect(rule(highlightName(name)), name).toEqual({ 'background-color': COLOURS[name].background.toLowerCase(), color: COLOURS[name].text.toLowerCase() });
    }
  });

  it('styles only backstory-hl-* highlights', () => {
    const names = [...css.matchAll(/::highlight\(([^)]+)\)/g)].map((match) => match[1]);
    expect(names.every((name) => name!.startsWith('backstory-hl-'))).toBe(true);
  });
});
