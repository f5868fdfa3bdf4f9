import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'alexander-nevsky', type: 'person', label: 'Alexander Nevsky' },
  { id: 'vladimir-lenin', type: 'person', label: 'Vladimir Lenin', aliases: ['Lenin'] },
  { id: 'donald-trump', type: 'person', label: 'Donald Trump' },
]);
const found = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('people named in another name', () => {
  it('are not the man a mine, a square or a foundation is named after', () => {
    expect(found('Miners died in the Lenin mine near Lenin Square; the Lenin Foundation paid.')).toEqual([]);
    expect(found('Crude goes by barge to the Lenin refinery and the Lenin Palace; the Lenin shipyard laid a keel.')).toEqual([]);
    expect(found('Lenin minted a slogan. Lenin stationed troops.')).toEqual(['Lenin=vladimir-lenin', 'Lenin=vladimir-lenin']);
  });

  it('are not the father in the son’s name', () => {
    expect(found('Donald Trump Jr. and Donald Trump, Jr. spoke; Donald Trump spoke; Donald Trump Jrx left.')).toEqual(['Donald Trump=donald-trump', 'Donald Trump=donald-trump']);
  });

  it('are not mentioned by "the Order of …" or "… Prize"', () => {
    expect(found('He refused the Order of Alexander Nevsky and the Lenin Prize.')).toEqual([]);
    expect(found('The Order of the Alexander Nevsky was revived.')).toEqual([]);
  });

  it('are mentioned elsewhere, including before a lower-case "prize" or a longer word', () => {
    expect(found('Alexander Nevsky won; Lenin prize money; Lenin Prizewinners met.')).toEqual([
      'Alexander Nevsky=alexander-nevsky',
      'Lenin=vladimir-lenin',
      'Lenin=vladimir-lenin',
    ]);
  });
});
