/**
 * A reader's library for the highlights benchmarks: `count` highlights over a few hundred pages,
 * quoting the benchmark article's sentences, some with notes and tags, generated deterministically.
 */
import { COLOUR_NAMES } from '../../lib/highlights/colours';
import type { Highlight } from '../../lib/highlights/record';
import { seeded } from './prng';

const TAGS = ['russia', 'kazakhstan', 'energy', 'sanctions', 'to-read', 'quotes', 'security', 'forum', 'history', 'diplomacy'];
const NOTES = [
  'Compare with what was said at the forum a year earlier.',
  'Check the date of this statement against the ministry’s own release.',
  'Key quote for the piece on Central Asian neutrality.',
  'Contradicts the official line — follow up.',
  'Useful background on the security treaty.',
];

export function highlightRecords(paragraphs: readonly string[], entityIds: readonly string[], count: number, seed = 31): Highlight[] {
  const random = seeded(seed);
  const sentences = paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?”])\s+/u)).filter((sentence) => sentence.length >= 40 && sentence.length <= 400);
  const pages = Math.max(1, Math.round(count / 30));
  const records: Highlight[] = [];
  const start = Date.UTC(2022, 5, 1);
  for (let k = 0; k < count; k++) {
    const page = random.int(pages);
    const sentence = random.pick(sentences);
    const at = random.int(20_000);
    const time = start + k * 3_600_000;
    records.push({
      id: `bench-${k.toString(36)}-${random.int(1e9).toString(36)}`,
      url: `https://news-${page % 40}.example/story/${page}`,
      title: `Story ${page}: ${sentence.slice(0, 60)}`,
      published: '2022-06-25',
      author: random.chance(0.5) ? 'A. Correspondent' : null,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: sentence, prefix: 'the text before it, ', suffix: ' and the text after.' },
        position: { type: 'TextPositionSelector', start: at, end: at + sentence.length },
      },
      text: sentence,
      note: random.chance(0.3) ? random.pick(NOTES) : '',
      colour: random.pick(COLOUR_NAMES),
      tags: random.chance(0.4) ? [...new Set([random.pick(TAGS), random.pick(TAGS)])] : [],
      entityIds: entityIds.length > 0 && random.chance(0.6) ? [random.pick(entityIds)] : [],
      createdAt: time,
      updatedAt: time,
    });
  }
  return records;
}
