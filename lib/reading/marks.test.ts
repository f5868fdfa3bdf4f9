// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, runToEnd } from '../extract/text';
import { firstMarkFrom, liveMarks, markIndexAt, marksFor, mergeMarks, pointInRects, type Mark } from './marks';

// happy-dom builds Ranges only in its window's own document, so these tests use it.
let paragraph: HTMLElement;
let marks: Mark[];

function mentionsOf(text: string, names: string[]) {
  return names.flatMap((name) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, entityId: name.toLowerCase(), text: name })));
}

beforeEach(() => {
  const parsed = new DOMParser().parseFromString('<p id="p"><a href="#">Kassym-Jomart</a> Tokayev met <b>Putin</b> in Moscow, then Tokayev left.</p>', 'text/html');
  document.body.replaceChildren(document.importNode(parsed.body.firstElementChild!, true));
  paragraph = document.getElementById('p')!;
  const { text, segments } = runToEnd(collectText([paragraph]));
  // Unsorted on purpose: marks must come out in document order.
  marks = runToEnd(marksFor(document, segments, mentionsOf(text, ['Moscow', 'Kassym-Jomart Tokayev', 'Putin'])));
  marks = mergeMarks([], marks);
});

describe('marks', () => {
  it('cover the names across element boundaries, in document order', () => {
    expect(marks.map((mark) => mark.text)).toEqual(['Kassym-Jomart Tokayev', 'Putin', 'Moscow']);
    expect(marks[0]!.range.startContainer).toBe(paragraph.querySelector('a')!.firstChild);
  });

  it('are found from a DOM point by binary search, boundaries included', () => {
    const tail = paragraph.querySelector('a')!.nextSibling as Text; // " Tokayev met "
    expect(markIndexAt(marks, tail, 3)).toBe(0);
    expect(markIndexAt(marks, tail, 8)).toBe(0);
    expect(markIndexAt(marks, tail, 10)).toBe(-1);
    const putin = paragraph.querySelector('b')!.firstChild!;
    expect(markIndexAt(marks, putin, 2)).toBe(1);
    const rest = paragraph.querySelector('b')!.nextSibling as Text; // " in Moscow, then Tokayev left."
    expect(markIndexAt(marks, rest, 6)).toBe(2);
    expect(markIndexAt(marks, rest, 20)).toBe(-1);
  });

  it('give the first mark from a point on, for moving through them', () => {
    const tail = paragraph.querySelector('a')!.nextSibling as Text;
    expect(firstMarkFrom(marks, paragraph, 0)).toBe(0);
    expect(firstMarkFrom(marks, tail, 10)).toBe(1);
    expect(firstMarkFrom(marks, paragraph, paragraph.childNodes.length)).toBe(3);
  });

  it('merge later batches into document order', () => {
    const { text, segments } = runToEnd(collectText([paragraph]));
    const later = runToEnd(marksFor(document, segments, mentionsOf(text, ['then'])));
    expect(mergeMarks(marks, later).map((mark) => mark.text)).toEqual(['Kassym-Jomart Tokayev', 'Putin', 'Moscow', 'then']);
  });

  it('drop marks whose text left the page', () => {
    paragraph.querySelector('b')!.remove();
    expect(liveMarks(marks).map((mark) => mark.text)).toEqual(['Kassym-Jomart Tokayev', 'Moscow']);
  });
});

describe('pointInRects', () => {
  it('tells whether the pointer is on the glyphs', () => {
    const rects = [{ left: 10, right: 50, top: 100, bottom: 120 }, { left: 0, right: 30, top: 120, bottom: 140 }];
    expect(pointInRects(rects, 20, 110)).toBe(true);
    expect(pointInRects(rects, 25, 135)).toBe(true);
    expect(pointInRects(rects, 45, 135)).toBe(false);
    expect(pointInRects([], 0, 0)).toBe(false);
  });
});
