/**
 * The reading memory's switch, in `storage.local`. On by default: the memory never leaves the
 * device, holds no page text (URL, title, day, entity ids and counts), and is what lets a card say
 * "In 4 articles you read" from the first day; the popup and the library show the switch beside a
 * one-click (confirmed) clear. The background reads it before every write, so switching off stops
 * recording at once.
 */
import { storage } from 'wxt/utils/storage';

export interface MemorySettings {
  recording: boolean;
}

export const memorySettings = storage.defineItem<MemorySettings>('local:memorySettings', {
  fallback: { recording: true },
});

export async function isRecordingMemory(): Promise<boolean> {
  return (await memorySettings.getValue()).recording !== false;
}

export async function setRecordingMemory(recording: boolean): Promise<void> {
  await memorySettings.setValue({ ...(await memorySettings.getValue()), recording });
}
