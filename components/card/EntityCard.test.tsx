// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { EntityRecord } from '@/lib/reading/page';
import { EntityCard, pickRelated, wikipediaUrl } from './EntityCard';
import { HoverCard } from './HoverCard';

afterEach(cleanup);

const tokayev: EntityRecord = {
  id: 'kassym-jomart-tokayev',
  type: 'person',
  label: 'Kassym-Jomart Tokayev',
  kind: 'Kazakh politician',
  description: 'Kazakh diplomat and politician.',
  wikipedia: 'Kassym-Jomart_Tokayev',
  source: 'https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev',
  roles: [
    { title: 'President of Kazakhstan', start: '2019-03-20' },
    { title: 'Chairman of the Senate of Kazakhstan', start: '2013-10-16', end: '2019-03-19' },
  ],
};

const event = (id: string, label: string, start: string, end?: string): EntityRecord => ({
  id,
  type: 'event',
  label,
  description: `${label}, an event.`,
  wikipedia: label.replace(/ /g, '_'),
  source: 'https://en.wikipedia.org/',
  start,
  end,
});

const unrest = event('unrest', '2022 Kazakh unrest', '2022-01-02', '2022-01');
const mobilization = event('mobilization', '2022 Russian mobilization', '2022-09-21');

describe('EntityCard', () => {
  it('shows the role held on the article’s date', () => {
    render(<EntityCard record={tokayev} articleDay="2022-06-25" mentions={10} related={[]} />);
    expect(screen.getByRole('heading', { name: 'Kassym-Jomart Tokayev' })).toBeTruthy();
    expect(screen.getByText(/President of Kazakhstan/).textContent).toContain('(as of 25 June 2022)');
    expect(screen.queryByText(/Chairman of the Senate/)).toBeNull();
  });

  it('shows an earlier office for an article from an earlier time', () => {
    render(<EntityCard record={tokayev} articleDay="2016-01-10" mentions={1} related={[]} />);
    expect(screen.getByText(/Chairman of the Senate of Kazakhstan/).textContent).toContain('as of 10 January 2016');
    expect(screen.queryByText(/President of Kazakhstan/)).toBeNull();
  });

  it('lists related events with dates, marking those after the article', () => {
    render(<EntityCard record={tokayev} articleDay="2022-06-25" mentions={3} related={[unrest, mobilization]} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toBe('2022 Kazakh unrest · 2 January 2022 – January 2022');
    expect(items[1]).toBe('2022 Russian mobilization · 21 September 2022 (after this article)');
  });

  it('counts mentions and links to Wikipedia without fetching anything', () => {
    render(<EntityCard record={tokayev} articleDay="2022-06-25" mentions={1} related={[]} />);
    expect(screen.getByText('Mentioned 1 time on this page')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Wikipedia' });
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('shows an event’s own dates', () => {
    render(<EntityCard record={unrest} articleDay="2022-06-25" mentions={2} related={[]} />);
    expect(screen.getByText('2 January 2022 – January 2022')).toBeTruthy();
  });

  it('renders KB text as text, never as markup', () => {
    render(<EntityCard record={{ ...tokayev, description: '<img src=x onerror=alert(1)> plain' }} articleDay="2022-06-25" mentions={1} related={[]} />);
    expect(screen.getByText('<img src=x onerror=alert(1)> plain')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('pickRelated', () => {
  const events = [
    event('ww2', 'World War II', '1939-09-01', '1945-09-02'),
    unrest,
    event('invasion', 'Russian invasion of Ukraine', '2022-02-24'),
    mobilization,
    event('election', '2024 election', '2024-03-15'),
    event('undated', 'Victory Day', ''),
  ];
  it('prefers the latest events up to the article’s day, in date order', () => {
    expect(pickRelated(events, '2022-06-25', 2).map((e) => e.id)).toEqual(['unrest', 'invasion']);
    expect(pickRelated(events, '2022-06-25', 3).map((e) => e.id)).toEqual(['ww2', 'unrest', 'invasion']);
  });
  it('fills spare room with the next events after it, then undated ones', () => {
    expect(pickRelated(events, '2000-01-01', 3).map((e) => e.id)).toEqual(['ww2', 'unrest', 'invasion']);
    expect(pickRelated(events.slice(3), '2022-06-25', 5).map((e) => e.id)).toEqual(['mobilization', 'election', 'undated']);
  });
});

describe('wikipediaUrl', () => {
  it('keeps titles readable and escapes what must be', () => {
    expect(wikipediaUrl("Donetsk_People's_Republic")).toBe("https://en.wikipedia.org/wiki/Donetsk_People's_Republic");
    expect(wikipediaUrl('AC/DC')).toBe('https://en.wikipedia.org/wiki/AC/DC');
    expect(wikipediaUrl('Zoë_Kravitz')).toBe('https://en.wikipedia.org/wiki/Zo%C3%AB_Kravitz');
  });
});

describe('HoverCard', () => {
  it('is a dialog named by the entity and described by its description, with a close button', () => {
    const onClose = vi.fn();
    render(<HoverCard record={tokayev} articleDay="2022-06-25" mentions={2} related={[]} onClose={onClose} shortcutHint="Alt+Shift+N" />);
    const dialog = screen.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' });
    expect(dialog.getAttribute('aria-describedby')).toBe('bs-card-description');
    expect(document.getElementById('bs-card-description')?.textContent).toBe(tokayev.description);
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
