// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Highlight } from '@/lib/highlights/record';
import type { PageHighlightsState } from '@/lib/highlights/protocol';
import { draft } from '@/lib/highlights/testing';

const messaging = vi.hoisted(() => ({ sendToTab: vi.fn(), sendToBackground: vi.fn() }));
vi.mock('@/utils/messaging', () => messaging);

const { PageHighlights } = await import('./PageHighlights');

const record = (text: string, note = ''): Highlight => ({ ...draft({ text, note }), id: text, createdAt: 1, updatedAt: 1 });
const first = record('first in the page');
const second = record('second in the page', 'a thought');
const orphan = record('a sentence the site removed', 'kept anyway');

let state: PageHighlightsState;
beforeEach(() => {
  state = {
    url: first.url,
    items: [
      { highlight: first, state: 'anchored' },
      { highlight: second, state: 'anchored' },
      { highlight: orphan, state: 'orphan' },
    ],
  };
  messaging.sendToTab.mockImplementation(async (_tab: number, type: string) => {
    if (type === 'pageHighlights') return state;
    if (type === 'revealHighlight') return { found: true };
    return { reloaded: true };
  });
  messaging.sendToBackground.mockImplementation(async (type: string, payload: { id?: string; highlight?: Highlight }) => {
    if (type === 'highlightDelete') {
      const deleted = state.items.find((item) => item.highlight.id === payload.id)!.highlight;
      state = { ...state, items: state.items.filter((item) => item.highlight.id !== payload.id) };
      return { deleted };
    }
    if (type === 'highlightUndo') {
      state = { ...state, items: [{ highlight: payload.highlight!, state: 'anchored' }, ...state.items] };
      return payload.highlight;
    }
    throw new Error(`unexpected ${type}`);
  });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const page = { url: first.url, title: 'A story', state: 'annotated' as const };

describe('PageHighlights', () => {
  it('lists placed highlights in page order, and orphans apart with their text and note', async () => {
    render(<PageHighlights tabId={7} page={page} />);
    const ordered = await screen.findByRole('list', { name: 'In page order' });
    expect(within(ordered).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('first in the page'),
      expect.stringContaining('second in the pagea thought'),
    ]);
    const orphans = screen.getByRole('region', { name: 'Not found on this page' });
    expect(orphans.textContent).toContain('a sentence the site removed');
    expect(orphans.textContent).toContain('kept anyway');
  });

  it('scrolls the page to a highlight when its text is clicked', async () => {
    render(<PageHighlights tabId={7} page={page} />);
    fireEvent.click(await screen.findByRole('button', { name: 'second in the page' }));
    expect(messaging.sendToTab).toHaveBeenCalledWith(7, 'revealHighlight', { id: second.id });
  });

  it('deletes with an undo that puts the same record back', async () => {
    render(<PageHighlights tabId={7} page={page} />);
    const ordered = await screen.findByRole('list', { name: 'In page order' });
    fireEvent.click(within(ordered).getAllByRole('button', { name: 'Delete' })[0]!);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'first in the page' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'first in the page' });
    expect(messaging.sendToBackground).toHaveBeenCalledWith('highlightUndo', { highlight: first });
    // The page was told to repaint after each change.
    expect(messaging.sendToTab).toHaveBeenCalledWith(7, 'highlightsChanged', { urls: [first.url] });
  });
});
