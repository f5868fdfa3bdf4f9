import { describe, expect, it } from 'vitest';
import { findQuotations } from './find';

const quoted = (text: string): string[] => findQuotations(text).map((quotation) => text.slice(quotation.start, quotation.end));

describe('findQuotations', () => {
  it('finds curly, straight, low-9 and angle quotations', () => {
    expect(quoted('He said “we stay” and left. She said "we go" too.')).toEqual(['we stay', 'we go']);
    expect(quoted('Er sagte „wir bleiben“. Il a dit « nous partons ».')).toEqual(['wir bleiben', 'nous partons']);
  });

  it('keeps nested quotations inside the outer one', () => {
    const text = '“Russia supposedly “saved” Kazakhstan, and we should now “serve and bow down” to Russia… I believe not,” he said.';
    expect(quoted(text)).toEqual(['Russia supposedly “saved” Kazakhstan, and we should now “serve and bow down” to Russia… I believe not,']);
    expect(quoted('“In Russia some people say Russia ‘saved’ Kazakhstan,” he told Rossiya 24.')).toEqual([
      'In Russia some people say Russia ‘saved’ Kazakhstan,',
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted('Tokayev’s words and Russia’s answer: “That’s why we don’t,” he said.')).toEqual(['That’s why we don’t,']);
    expect(quoted("It's Russia's view, not Kazakhstan's.")).toEqual([]);
  });

  it('closes a double quotation with a single mark when no double mark follows', () => {
    const text = '“That’s why we recognize Taiwan, Kosovo,’ said Tokaev with a faint smile.';
    expect(findQuotations(text)).toEqual([{ start: 1, end: 40, closed: true }]);
    expect(quoted(text)).toEqual(['That’s why we recognize Taiwan, Kosovo,']);
  });

  it('runs an unclosed quotation to the end of its paragraph, never past it', () => {
    const text = '“What is this ingratitude?\n\nOne of the critics said “no” today.';
    const found = findQuotations(text);
    expect(quoted(text)).toEqual(['What is this ingratitude?', 'no']);
    expect(found[0]!.closed).toBe(false);
    expect(found[1]!.closed).toBe(true);
  });

  it('finds single-mark quotations', () => {
    expect(quoted('He brooded over the ‘incompatibility’ of the two.')).toEqual(['incompatibility']);
  });
});
