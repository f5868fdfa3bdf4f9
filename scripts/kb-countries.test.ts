import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, GENERATED_FILE } from './kb-countries';

const committed = fileURLToPath(new URL(`../kb/${GENERATED_FILE}`, import.meta.url));

describe('kb/places/countries.json', () => {
  // Hand edits there are lost at the next regeneration (Chad's cues, "Bosnia" and Malé's cue once
  // were): every change belongs in the script's tables.
  it('is exactly what scripts/kb-countries.ts generates', () => {
    expect(readFileSync(committed, 'utf8')).toBe(`${JSON.stringify(generate(), null, 2)}\n`);
  });
});
