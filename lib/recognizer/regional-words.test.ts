import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'kherson', label: 'Kherson', kind: 'city' },
  { id: 'kherson-oblast', label: 'Kherson Oblast', kind: 'oblast', aliases: ['Kherson region'] },
  { id: 'dnipro', label: 'Dnipro', kind: 'city', aliases: ['Dnipropetrovsk'] },
  { id: 'dnipropetrovsk-oblast', label: 'Dnipropetrovsk Oblast', kind: 'oblast', aliases: ['Dnipropetrovsk region'] },
  { id: 'texas', label: 'Texas', kind: 'US state' },
  { id: 'sao-paulo', label: 'São Paulo', kind: 'city' },
  { id: 'sao-paulo-state', label: 'São Paulo (state)', kind: 'state of Brazil', aliases: ['Sao Paulo state'] },
]);
const pairs = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a bare name before a region’s office or body', () => {
  it('is the region named after the city', () => {
    expect(pairs('Kherson governor Oleksandr Prokudin said the city was shelled.')).toEqual(['Kherson=kherson-oblast']);
    expect(pairs('More volunteers were sent to the Kherson front.')).toEqual(['Kherson=kherson-oblast']);
    expect(pairs('The Dnipropetrovsk regional military administration reported damage in Dnipro.')).toEqual([
      'Dnipropetrovsk=dnipropetrovsk-oblast',
      'Dnipro=dnipro',
    ]);
  });

  it('stays the city elsewhere, and a place with no region of its name stays itself', () => {
    expect(pairs('Shelling hit Kherson, the governor said.')).toEqual(['Kherson=kherson']);
    expect(pairs('The Texas governor spoke.')).toEqual(['Texas=texas']);
  });

  it('is the region after "region of" or "governor of"', () => {
    expect(pairs('He won votes in his home region of Kherson.')).toEqual(['Kherson=kherson-oblast']);
    expect(pairs('The governor of Dnipropetrovsk resigned.')).toEqual(['Dnipropetrovsk=dnipropetrovsk-oblast']);
    expect(pairs('The mayor of Kherson stayed.')).toEqual(['Kherson=kherson']);
  });

  it('is the state named after the city ("<name> state")', () => {
    expect(pairs('Sao Paulo Governor Tarcisio de Freitas spoke.')).toEqual(['Sao Paulo=sao-paulo-state']);
    expect(pairs('Shares rose in Sao Paulo.')).toEqual(['Sao Paulo=sao-paulo']);
  });
});

describe('a bare name after a word for a city', () => {
  const withRepublic = testKb([
    { id: 'donetsk', label: 'Donetsk', kind: 'city' },
    {
      id: 'donetsk-peoples-republic',
      label: "Donetsk People's Republic",
      kind: 'breakaway state',
      aliases: ["Donetsk People's Republic", { text: 'Donetsk', weak: true }],
      context: ['separatists', 'Separatists'],
    },
  ]);
  const read = (text: string): string[] => recognize(withRepublic, text).map((mention) => `${mention.text}=${mention.entityId}`);

  it('is the city, not the republic named after it', () => {
    expect(read("Separatists hold the regional capital Donetsk, where the Donetsk People's Republic plans a vote.")).toEqual([
      'Donetsk=donetsk',
      "Donetsk People's Republic=donetsk-peoples-republic",
    ]);
    expect(read("Separatists of the Donetsk People's Republic shelled the city of Donetsk.")).toEqual([
      "Donetsk People's Republic=donetsk-peoples-republic",
      'Donetsk=donetsk',
    ]);
  });

  it('leaves the other readings elsewhere', () => {
    expect(read("Separatists of the Donetsk People's Republic said Donetsk would vote.")).toEqual([
      "Donetsk People's Republic=donetsk-peoples-republic",
      'Donetsk=donetsk-peoples-republic',
    ]);
  });
});
