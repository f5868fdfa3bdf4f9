// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HighlightBarHost, type BarActions } from './highlight-bar';

const ctx = { onInvalidated: () => undefined } as unknown as ContentScriptContext;

function actions() {
  return {
    onColour: vi.fn(),
    onClose: vi.fn<() => void>(),
    noteTarget: () => ({ mode: 'edit', id: 'h1' }) as const,
    onNoteSaved: vi.fn(async (_id: string) => undefined),
  } satisfies BarActions;
}

let bar: HighlightBarHost;
let range: Range;
beforeEach(() => {
  // happy-dom does not load frames, and says so on the console for the note editor's.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Tokayev spoke at the forum.' }));
  range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  bar = new HighlightBarHost(ctx);
});
afterEach(() => bar.close());

describe('the bar and its note editor', () => {
  it('describes what the note editor edits only while one is open', () => {
    bar.open({ mode: 'edit', range, colour: 'yellow', hasNote: true }, actions());
    expect(bar.noteEditorTarget()).toBeNull();
    expect(bar.isEditingNote).toBe(false);
    bar.openNote();
    const target = bar.noteEditorTarget();
    expect(target).toMatchObject({ mode: 'edit', id: 'h1', session: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(bar.isEditingNote).toBe(true);
    // Each opening has its own name.
    bar.open({ mode: 'edit', range, colour: 'yellow', hasNote: true }, actions());
    bar.openNote();
    expect(bar.noteEditorTarget()!.session).not.toBe(target!.session);
  });

  it('hears "saved" once, from its current editor only', () => {
    const chosen = actions();
    bar.open({ mode: 'edit', range, colour: 'yellow', hasNote: false }, chosen);
    bar.openNote();
    const { session } = bar.noteEditorTarget()!;
    expect(bar.noteEditorClosed({ session: 'someone else', outcome: 'saved', id: 'h1' })).toBe(false);
    expect(chosen.onNoteSaved).not.toHaveBeenCalled();
    expect(bar.noteEditorClosed({ session, outcome: 'saved', id: 'h1' })).toBe(true);
    expect(chosen.onNoteSaved).toHaveBeenCalledWith('h1');
    // A second Save from the same editor finds nothing to save to.
    expect(bar.noteEditorTarget()).toBeNull();
    expect(bar.noteEditorClosed({ session, outcome: 'saved', id: 'h1' })).toBe(false);
    expect(chosen.onNoteSaved).toHaveBeenCalledTimes(1);
  });

  it('closes the bar when the editor is cancelled', () => {
    const chosen = actions();
    bar.open({ mode: 'edit', range, colour: 'yellow', hasNote: false }, chosen);
    bar.openNote();
    expect(bar.noteEditorClosed({ session: bar.noteEditorTarget()!.session, outcome: 'cancelled' })).toBe(true);
    expect(chosen.onClose).toHaveBeenCalledTimes(1);
    expect(chosen.onNoteSaved).not.toHaveBeenCalled();
  });
});
