import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isRecordingMemory, setRecordingMemory } from './memory-settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('memory settings', () => {
  it('record by default, and remember the switch in storage.local', async () => {
    expect(await isRecordingMemory()).toBe(true);
    await setRecordingMemory(false);
    expect((await fakeBrowser.storage.local.get('memorySettings')).memorySettings).toEqual({ recording: false });
    expect(await isRecordingMemory()).toBe(false);
    await setRecordingMemory(true);
    expect(await isRecordingMemory()).toBe(true);
  });
});
