import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'dnipro', label: 'Dnipro', kind: 'city', aliases: ['Dnipro'] },
  { id: 'dnieper', label: 'Dnieper', kind: 'river', aliases: ['Dnieper', { text: 'Dnipro', weak: true }], context: ['left bank'] },
  { id: 'ural-river', label: 'Ural (river)', kind: 'river', aliases: ['Ural'] },
  { id: 'ural-region', label: 'Ural (region)', kind: 'region', aliases: ['Ural'] },
]);
const ids = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a river’s bare name', () => {
  it('is the river only after "the"', () => {
    expect(ids('Troops on the left bank crossed the Dnipro.')).toEqual(['Dnipro=dnieper']);
    expect(ids('Troops on the left bank reached Dnipro and stayed.')).toEqual(['Dnipro=dnipro']);
  });

  it('leaves the river’s strong names alone', () => {
    expect(ids('Troops reached Dnieper banks.')).toEqual(['Dnieper=dnieper']);
    // A river's strong name stays one of the readings: here the text cannot tell which is meant.
    expect(ids('Troops reached Ural.')).toEqual([]);
  });
});
