import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'mikhail-gorbachev', type: 'person', label: 'Mikhail Gorbachev', aliases: ['Gorbachev'] },
  { id: 'vladimir-putin', type: 'person', label: 'Vladimir Putin', aliases: ['Putin'] },
  { id: 'dmitry-peskov', type: 'person', label: 'Dmitry Peskov', aliases: ['Peskov'] },
  { id: 'volodymyr-zelenskyy', type: 'person', label: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Zelenskyy'] },
  { id: 'kassym-jomart-tokayev', type: 'person', label: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'] },
  { id: 'xi-jinping', type: 'person', label: 'Xi Jinping', aliases: ['Xi'] },
  { id: 'russia', label: 'Russia', adjectives: ['Russian'] },
  { id: 'kremlin', type: 'organization', label: 'Kremlin' },
  { id: 'moscow', label: 'Moscow' },
]);

const pairs = (text: string, on = kb): string[] => recognize(on, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a strong bare surname after some other given name', () => {
  it('is another person’s ("Denis Gorbachev" is not Mikhail Gorbachev)', () => {
    expect(pairs('The appeal, said Denis Gorbachev, a lawyer in Moscow, would fail.')).toEqual(['Moscow=moscow']);
    expect(pairs('A court fined Anna Putin and her brother on Monday.')).toEqual([]);
  });

  it('is another person’s across a particle ("Khalid Hamed bin Mubarak" is not Ahmad Awad bin Mubarak)', () => {
    const arabic = testKb([
      { id: 'ahmad-awad-bin-mubarak', type: 'person', label: 'Ahmad Awad bin Mubarak', aliases: ['bin Mubarak', 'Mubarak'] },
    ]);
    expect(pairs('Officials said Khalid Hamed bin Mubarak would travel, and so would Sami al Mubarak.', arabic)).toEqual([]);
    expect(pairs('Officials said Ahmad bin Mubarak would travel; Mubarak confirmed it.', arabic)).toEqual(['bin Mubarak=ahmad-awad-bin-mubarak', 'Mubarak=ahmad-awad-bin-mubarak']);
  });

  it('still is the person after a title, a known name, a possessive or an initial', () => {
    const text =
      'He said President Putin and Kremlin spokesman Peskov agreed, that Russia’s Putin had called, that the Kremlin Peskov ' +
      'was busy, that Russian Putin was away, and that V. Putin had signed.';
    expect(pairs(text).filter((pair) => pair.startsWith('Putin') || pair.startsWith('Peskov'))).toEqual([
      'Putin=vladimir-putin',
      'Peskov=dmitry-peskov',
      'Putin=vladimir-putin',
      'Peskov=dmitry-peskov',
      'Putin=vladimir-putin',
      'Putin=vladimir-putin',
    ]);
  });

  it('still is the person after a dateline, a month or a weekday, or a sentence’s first word', () => {
    expect(pairs('MOSCOW — Putin said on Monday that he would stay.')).toEqual(['MOSCOW=moscow', 'Putin=vladimir-putin']);
    expect(pairs('MOSCOW Putin said on Monday that he would stay.')).toEqual(['MOSCOW=moscow', 'Putin=vladimir-putin']);
    expect(pairs('He said that on Tuesday Putin would travel, and that in June Putin would rest.')).toEqual([
      'Putin=vladimir-putin',
      'Putin=vladimir-putin',
    ]);
    // A capital at a sentence's start says nothing about the word.
    expect(pairs('Yesterday Putin said he would stay.')).toEqual(['Putin=vladimir-putin']);
  });

  it('still is the person after the given name as others spell it', () => {
    const text = 'The talks, said Vladimir Zelensky and Kasym-Zhomart Tokayev, had gone well for Xi.';
    expect(pairs(text)).toEqual(['Zelensky=volodymyr-zelenskyy', 'Tokayev=kassym-jomart-tokayev', 'Xi=xi-jinping']);
  });

  it('still is the person in a heading in title case', () => {
    expect(pairs('Talks Stall As Putin Balks At Ceasefire Plan')).toEqual(['Putin=vladimir-putin']);
  });

  it('goes to the other person when the KB knows the full name', () => {
    const withDenis = testKb([
      { id: 'mikhail-gorbachev', type: 'person', label: 'Mikhail Gorbachev', aliases: ['Gorbachev'] },
      { id: 'denis-gorbachev', type: 'person', label: 'Denis Gorbachev' },
    ]);
    expect(pairs('The appeal, said Denis Gorbachev, would fail.', withDenis)).toEqual(['Denis Gorbachev=denis-gorbachev']);
  });

  it('keeps the other readings of the word ("Denzel Washington" is no person of the KB, the city stays a city)', () => {
    const shared = testKb([
      { id: 'george-washington', type: 'person', label: 'George Washington', aliases: ['Washington'] },
      { id: 'washington-dc', label: 'Washington, D.C.', aliases: ['Washington'], context: ['Potomac'] },
    ]);
    expect(pairs('On the Potomac, actor Denzel Washington smiled.', shared)).toEqual(['Washington=washington-dc']);
  });
});
