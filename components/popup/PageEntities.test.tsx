// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EntityRecord, PageReading } from '@/lib/reading/page';
import { readingSettings } from '@/utils/settings';
import { PageEntities } from './PageEntities';

const sendToTab = vi.fn();
vi.mock('@/utils/messaging', () => ({ sendToTab: (...args: unknown[]) => sendToTab(...args) }));

const record = (id: string, type: EntityRecord['type'], label: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({
  id,
  type,
  label,
  description: `About ${label}.`,
  wikipedia: label.replace(/ /g, '_'),
  source: 'https://en.wikipedia.org/',
  ...extra,
});

const reading: PageReading = {
  state: 'annotated',
  articleDate: { date: '2022-06-25', source: 'meta' },
  entities: [
    { id: 'kz', mentions: 12, surfaces: ['Kazakhstan'] },
    { id: 'tokayev', mentions: 10, surfaces: ['Tokayev'] },
    { id: 'putin', mentions: 5, surfaces: ['Putin'] },
    { id: 'invasion', mentions: 3, surfaces: ['war in Ukraine'] },
    { id: 'csto', mentions: 2, surfaces: ['CSTO'] },
  ],
  records: {
    kz: record('kz', 'place', 'Kazakhstan', { kind: 'country' }),
    tokayev: record('tokayev', 'person', 'Kassym-Jomart Tokayev', { roles: [{ title: 'President of Kazakhstan', start: '2019-03-20' }] }),
    putin: record('putin', 'person', 'Vladimir Putin'),
    invasion: record('invasion', 'event', 'Russian invasion of Ukraine', { start: '2022-02-24' }),
    csto: record('csto', 'organization', 'Collective Security Treaty Organization'),
  },
  relatedEvents: {},
};

const page = { url: 'https://news.test/story', title: 'A story', state: 'annotated' as const };

function answer(replies: Partial<Record<string, unknown>>) {
  sendToTab.mockImplementation(async (_tab: number, type: string, payload: { entityId?: string }) => {
    const reply = replies[type];
    return typeof reply === 'function' ? reply(payload) : reply;
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  sendToTab.mockReset();
});
afterEach(cleanup);

describe('PageEntities', () => {
  it('groups the page’s entities by type, sorted by mentions', async () => {
    answer({ pageReading: reading });
    render(<PageEntities tabId={7} page={page} />);
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual(['People 2', 'Organisations 1', 'Places 1', 'Events 1']);
    const people = screen.getByRole('region', { name: 'People 2' });
    expect(within(people).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Kassym-Jomart Tokayev', 'Vladimir Putin']);
    expect(within(people).getByText(/President of Kazakhstan/).textContent).toContain('as of 25 June 2022');
  });

  it('filters as the reader types', async () => {
    answer({ pageReading: reading });
    render(<PageEntities tabId={7} page={page} />);
    const filter = await screen.findByRole('searchbox', { name: 'Filter' });
    fireEvent.input(filter, { target: { value: 'putin' } });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Vladimir Putin']);
    fireEvent.input(filter, { target: { value: 'zzz' } });
    expect(screen.getByText('Nothing on this page matches “zzz”.')).toBeTruthy();
  });

  it('asks the page to show the next mention on each click', async () => {
    let index = -1;
    answer({ pageReading: reading, revealEntity: () => ({ index: ++index, total: 10 }) });
    render(<PageEntities tabId={7} page={page} />);
    const button = await screen.findByRole('button', { name: /Show Kassym-Jomart Tokayev on the page/ });
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toContain('Mention 1 of 10'));
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toContain('Mention 2 of 10'));
    expect(sendToTab).toHaveBeenCalledWith(7, 'revealEntity', { entityId: 'tokayev' });
  });

  it('draws the page’s events on a timeline that works from the keyboard', async () => {
    answer({ pageReading: reading, revealEntity: () => ({ index: 0, total: 3 }) });
    render(<PageEntities tabId={7} page={page} />);
    const timeline = await screen.findByRole('group', { name: /Events on this page by date; the article is dated 25 June 2022/ });
    const item = within(timeline).getByRole('button', { name: /Russian invasion of Ukraine/ });
    fireEvent.keyDown(item, { key: 'Enter' });
    await waitFor(() => expect(sendToTab).toHaveBeenCalledWith(7, 'revealEntity', { entityId: 'invasion' }));
    expect(timeline.textContent).toContain('This article · 25 June 2022');
  });

  it('says why nothing is shown', async () => {
    answer({ pageReading: { ...reading, state: 'not-article', entities: [] } });
    const { unmount } = render(<PageEntities tabId={7} page={page} />);
    expect(await screen.findByText(/does not look like an article/)).toBeTruthy();
    unmount();

    answer({ pageReading: { ...reading, entities: [] } });
    const second = render(<PageEntities tabId={7} page={page} />);
    expect(await screen.findByText(/No person, organisation, place or event/)).toBeTruthy();
    second.unmount();

    await readingSettings.setValue({ pausedEverywhere: false, pausedSites: ['news.test'] });
    answer({ pageReading: { ...reading, state: 'paused', entities: [] } });
    render(<PageEntities tabId={7} page={page} />);
    expect(await screen.findByText(/Backstory is paused on news.test/)).toBeTruthy();
  });

  it('switches reading off for the site and everywhere, remembered in storage', async () => {
    answer({ pageReading: reading });
    render(<PageEntities tabId={7} page={page} />);
    const site = await screen.findByRole('switch', { name: 'On news.test' });
    fireEvent.click(site);
    await waitFor(async () => expect((await readingSettings.getValue()).pausedSites).toEqual(['news.test']));
    fireEvent.click(screen.getByRole('switch', { name: 'Everywhere' }));
    await waitFor(async () => expect((await readingSettings.getValue()).pausedEverywhere).toBe(true));
    expect(await screen.findByText(/paused everywhere/)).toBeTruthy();
  });
});
