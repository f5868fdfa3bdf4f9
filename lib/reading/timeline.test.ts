import { describe, expect, it } from 'vitest';
import { layoutTimeline, type TimelineEvent } from './timeline';

const invasion: TimelineEvent = { id: 'invasion', label: 'Russian invasion of Ukraine', start: '2022-02-24' };
const unrest: TimelineEvent = { id: 'unrest', label: '2022 Kazakh unrest', start: '2022-01-02', end: '2022-01' };
const crimea: TimelineEvent = { id: 'crimea', label: 'Annexation of Crimea', start: '2014-02', end: '2014-03' };
const ww2: TimelineEvent = { id: 'ww2', label: 'World War II', start: '1939-09-01', end: '1945-09-02' };
const charter: TimelineEvent = { id: 'charter', label: 'Charter of the United Nations', start: '1945-06-26' };

function overlaps(a: { x1: number; x2: number }, b: { x1: number; x2: number }) {
  return a.x1 < b.x2 && b.x1 < a.x2;
}

describe('layoutTimeline', () => {
  it('orders events by date left to right, within the width, with the article marked', () => {
    const layout = layoutTimeline([invasion, crimea, unrest], '2022-06-25', 340);
    const byId = Object.fromEntries(layout.items.map((item) => [item.id, item]));
    expect(byId.crimea!.x1).toBeLessThan(byId.unrest!.x1);
    expect(byId.unrest!.x1).toBeLessThan(byId.invasion!.x1);
    expect(byId.invasion!.x1).toBeLessThan(layout.marker.x);
    for (const item of layout.items) {
      expect(item.x1).toBeGreaterThanOrEqual(0);
      expect(item.x2).toBeLessThanOrEqual(340);
    }
    expect(layout.marker.day).toBe('2022-06-25');
  });

  it('draws a recent event without an end as going on up to the article, an old one as a moment', () => {
    const layout = layoutTimeline([invasion, charter], '2022-06-25', 340);
    const byId = Object.fromEntries(layout.items.map((item) => [item.id, item]));
    expect(byId.invasion!.open).toBe(true);
    expect(byId.invasion!.x2).toBeCloseTo(layout.marker.x);
    expect(byId.charter!.open).toBe(false);
    expect(byId.charter!.x2).toBe(byId.charter!.x1);
  });

  it('cuts long empty stretches out of the axis', () => {
    const layout = layoutTimeline([ww2, invasion], '2022-06-25', 340);
    expect(layout.breaks).toHaveLength(1);
    const byId = Object.fromEntries(layout.items.map((item) => [item.id, item]));
    // The 2022 stretch gets real room although it is a few months among 83 years.
    expect(layout.marker.x - byId.invasion!.x1).toBeGreaterThan(20);
    expect(layout.breaks[0]!).toBeGreaterThan(byId.ww2!.x2);
    expect(layout.breaks[0]!).toBeLessThan(byId.invasion!.x1);
  });

  it('puts items whose labels would collide into different lanes', () => {
    const layout = layoutTimeline([invasion, unrest, { id: 'forum', label: 'St Petersburg forum', start: '2022-06-15', end: '2022-06-18' }], '2022-06-25', 340);
    const lanes = new Set(layout.items.map((item) => item.lane));
    expect(lanes.size).toBe(layout.lanes);
    for (const a of layout.items) {
      for (const b of layout.items) {
        if (a === b || a.lane !== b.lane) continue;
        const extent = (item: typeof a) => ({ x1: Math.min(item.x1, item.labelX), x2: Math.max(item.x2, item.labelX + item.label.length * 6.4) });
        expect(overlaps(extent(a), extent(b))).toBe(false);
      }
    }
  });

  it('keeps every label inside the axis, shortening what cannot fit', () => {
    const long = { id: 'long', label: 'St. Petersburg International Economic Forum and a very long tail of words', start: '1997' };
    const layout = layoutTimeline([long, charter, invasion], '2022-06-25', 340);
    for (const item of layout.items) {
      expect(item.labelX).toBeGreaterThanOrEqual(0);
      expect(item.labelX + item.label.length * 6.4).toBeLessThanOrEqual(340);
    }
    expect(layout.items.find((item) => item.id === 'long')!.label).toMatch(/…$/);
    // Tick labels do not run into each other.
    for (let k = 1; k < layout.ticks.length; k++) {
      const [a, b] = [layout.ticks[k - 1]!, layout.ticks[k]!];
      expect(b.x - a.x).toBeGreaterThanOrEqual(((a.label.length + b.label.length) * 6.4) / 2);
    }
  });

  it('labels the axis with years, or months for a short stretch', () => {
    const long = layoutTimeline([crimea, invasion], '2022-06-25', 340);
    expect(long.ticks.some((tick) => tick.label === '2022' || /2022/.test(tick.label))).toBe(true);
    const short = layoutTimeline([unrest, invasion], '2022-06-25', 340);
    expect(short.ticks[0]!.label).toMatch(/^(?:Jan|Feb|Mar|Apr|May|Jun) 2022$/);
    expect(short.ticks.length).toBeGreaterThan(1);
    for (let k = 1; k < short.ticks.length; k++) expect(short.ticks[k]!.x).toBeGreaterThan(short.ticks[k - 1]!.x);
  });

  it('leaves out events without a usable date and still marks the article', () => {
    const layout = layoutTimeline([{ id: 'x', label: 'Undated', start: 'someday' }], '2022-06-25', 340);
    expect(layout.items).toEqual([]);
    expect(layout.marker.x).toBeGreaterThan(0);
  });
});
