// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import type { EntityRecord } from '@/lib/reading/page';
import { EntityCard } from './EntityCard';

afterEach(cleanup);

const medeu: EntityRecord = {
  id: 'medeu',
  type: 'place',
  label: 'Medeu',
  kind: 'skating rink',
  description: 'A high-mountain outdoor speed skating and bandy rink near Almaty.',
  wikipedia: 'Medeu',
  source: 'https://en.wikipedia.org/wiki/Medeu',
};

describe('the pack line on a card', () => {
  it('names the pack an entity comes from', () => {
    render(<EntityCard record={{ ...medeu, pack: 'Almaty <beat> & co' }} articleDay="2024-05-01" mentions={1} related={[]} />);
    // As text: a pack's name never becomes markup.
    expect(screen.getByText('From pack: Almaty <beat> & co')).toBeTruthy();
  });

  it('says nothing for the bundled KB’s entities', () => {
    const { container } = render(<EntityCard record={medeu} articleDay="2024-05-01" mentions={1} related={[]} />);
    expect(container.textContent).not.toContain('From pack');
    expect(container.querySelector('.bs-pack')).toBeNull();
  });
});
