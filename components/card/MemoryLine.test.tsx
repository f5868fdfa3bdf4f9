// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { EntityRecord } from '@/lib/reading/page';
import type { EntityMemory } from '@/lib/memory/protocol';
import { EntityCard } from './EntityCard';
import { MemorySourceContext, type MemorySource } from './memory-source';

afterEach(cleanup);

const putin: EntityRecord = {
  id: 'vladimir-putin',
  type: 'person',
  label: 'Vladimir Putin',
  description: 'President of Russia.',
  wikipedia: 'Vladimir_Putin',
  source: 'https://en.wikipedia.org/wiki/Vladimir_Putin',
};

const HERE = 'https://news.test/here';
const article = (url: string, title: string) => ({ url, title, site: new URL(url).hostname, published: '2022-06-25', lastRead: Date.UTC(2024, 0, 5, 12), mentions: 2 });

function memory(overrides: Partial<EntityMemory> = {}): EntityMemory {
  return {
    entityId: putin.id,
    recording: true,
    articleCount: 2,
    articles: [article(HERE, 'This story'), article('https://other.test/earlier', 'An earlier story')],
    highlightCount: 1,
    highlights: [{ id: 'h1', url: 'https://other.test/earlier', title: 'An earlier story', text: 'Putin spoke of historical Russia', note: '', createdAt: 1, link: 'https://other.test/earlier#:~:text=Putin%20spoke' }],
    ...overrides,
  };
}

function renderCard(found: EntityMemory | Error, extra: Partial<MemorySource> = {}) {
  const source: MemorySource = {
    pageUrl: HERE,
    forEntity: vi.fn(async () => {
      if (found instanceof Error) throw found;
      return found;
    }),
    ...extra,
  };
  render(
    <MemorySourceContext.Provider value={source}>
      <EntityCard record={putin} articleDay="2022-06-25" mentions={3} related={[]} />
    </MemorySourceContext.Provider>,
  );
  return source;
}

describe('the card’s memory line', () => {
  it('shows one collapsed line that expands into links to the articles and the reader’s highlights', async () => {
    const source = renderCard(memory(), { openLibrary: vi.fn() });
    const toggle = await screen.findByRole('button', { name: 'In 2 articles you read · 1 of your highlights' });
    expect(source.forEntity).toHaveBeenCalledWith('vladimir-putin');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'An earlier story' })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const link = screen.getByRole('link', { name: 'An earlier story' });
    expect(link.getAttribute('href')).toBe('https://other.test/earlier');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    // The article being read is named, not linked.
    expect(screen.queryByRole('link', { name: 'This story' })).toBeNull();
    expect(screen.getByText('This story')).toBeTruthy();
    const quote = screen.getByRole('link', { name: '“Putin spoke of historical Russia”' });
    expect(quote.getAttribute('href')).toBe('https://other.test/earlier#:~:text=Putin%20spoke');

    fireEvent.click(screen.getByRole('button', { name: 'Open in the library' }));
    expect(source.openLibrary).toHaveBeenCalledWith('vladimir-putin');
  });

  it('offers the rest in the library when the card lists only the latest', async () => {
    renderCard(memory({ articleCount: 9 }), { openLibrary: vi.fn() });
    fireEvent.click(await screen.findByRole('button', { name: /^In 9 articles you read/ }));
    expect(screen.getByRole('button', { name: 'All 9 articles in the library' })).toBeTruthy();
  });

  it('stays silent when the only article is this one and there are no highlights, or when the memory fails', async () => {
    const busy = () => document.querySelector('[aria-busy="true"]');
    const source = renderCard(memory({ articleCount: 1, articles: [article(HERE, 'This story')], highlightCount: 0, highlights: [] }));
    expect(busy()).not.toBeNull();
    await waitFor(() => expect(source.forEntity).toHaveBeenCalled());
    await waitFor(() => expect(busy()).toBeNull());
    expect(screen.queryByRole('button', { name: /you read|your highlights/ })).toBeNull();
    cleanup();
    const failing = renderCard(new Error('no database'));
    await waitFor(() => expect(failing.forEntity).toHaveBeenCalled());
    // A failed read ends the wait too: the card is not left announced as loading.
    await waitFor(() => expect(busy()).toBeNull());
    expect(screen.queryByRole('button', { name: /you read/ })).toBeNull();
    expect(screen.getByText('President of Russia.')).toBeTruthy();
  });

  it('is absent without a memory source (a card rendered on its own)', () => {
    render(<EntityCard record={putin} articleDay="2022-06-25" mentions={3} related={[]} />);
    expect(screen.queryByRole('button', { name: /you read/ })).toBeNull();
  });
});
