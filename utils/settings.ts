/**
 * Reading with context can be paused everywhere or on one site; both are remembered in
 * `storage.local` and watched by every open page, so a change in the popup applies at once.
 */
import { storage } from 'wxt/utils/storage';

export interface ReadingSettings {
  pausedEverywhere: boolean;
  /** Host names ("www.example.com") where reading is paused. */
  pausedSites: string[];
}

export const readingSettings = storage.defineItem<ReadingSettings>('local:readingSettings', {
  fallback: { pausedEverywhere: false, pausedSites: [] },
});

/** The site a URL belongs to, as the pause setting names it; null for non-web URLs. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isReadingPaused(settings: ReadingSettings, site: string | null): boolean {
  return settings.pausedEverywhere || (site !== null && settings.pausedSites.includes(site));
}

export async function setPausedEverywhere(paused: boolean): Promise<void> {
  const settings = await readingSettings.getValue();
  await readingSettings.setValue({ ...settings, pausedEverywhere: paused });
}

export async function setSitePaused(site: string, paused: boolean): Promise<void> {
  const settings = await readingSettings.getValue();
  const others = settings.pausedSites.filter((entry) => entry !== site);
  await readingSettings.setValue({ ...settings, pausedSites: paused ? [...others, site] : others });
}
