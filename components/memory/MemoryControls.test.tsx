// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MemoryOverview } from '@/lib/memory/protocol';

const messaging = vi.hoisted(() => ({ sendToBackground: vi.fn(), sendToTab: vi.fn() }));
vi.mock('@/utils/messaging', () => messaging);

const { PopupMemoryControls } = await import('@/components/popup/PopupMemory');
const { isRecordingMemory, setRecordingMemory } = await import('@/utils/memory-settings');

let stored: number;
beforeEach(() => {
  fakeBrowser.reset();
  stored = 3;
  messaging.sendToBackground.mockImplementation(async (type: string): Promise<MemoryOverview | { cleared: number }> => {
    if (type === 'memoryOverview') return { recording: true, articleCount: stored, limit: 2000, entities: [] };
    if (type === 'memoryClear') {
      const cleared = stored;
      stored = 0;
      return { cleared };
    }
    throw new Error(`unexpected ${type}`);
  });
});
afterEach(cleanup);

describe('memory controls', () => {
  it('show the switch as stored and turn recording off and on again', async () => {
    render(<PopupMemoryControls />);
    const toggle = await screen.findByRole('switch', { name: 'Remember articles I read' });
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(async () => expect(await isRecordingMemory()).toBe(false));
    await screen.findByText(/paused: new articles are not remembered/);
    expect((toggle as HTMLInputElement).checked).toBe(false);
    // A change made elsewhere (the library) shows here at once.
    await setRecordingMemory(true);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
  });

  it('clear only after confirmation, and cancel leaves the memory alone', async () => {
    render(<PopupMemoryControls />);
    await screen.findByText(/^3 articles remembered on this device/);
    fireEvent.click(screen.getByRole('button', { name: 'Clear reading memory…' }));
    expect(screen.getByText('Forget all 3 articles? Your highlights stay.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(messaging.sendToBackground).not.toHaveBeenCalledWith('memoryClear', {});

    fireEvent.click(screen.getByRole('button', { name: 'Clear reading memory…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear memory' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Reading memory cleared: 3 articles forgotten.');
    expect(messaging.sendToBackground).toHaveBeenCalledWith('memoryClear', {});
    await screen.findByText(/^0 articles remembered on this device/);
    expect((screen.getByRole('button', { name: 'Clear reading memory…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
