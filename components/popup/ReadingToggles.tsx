/** Pause reading on this site, or everywhere: remembered, and applied to open pages at once. */
import type { ReadingSettings } from '@/utils/settings';

export interface ReadingTogglesProps {
  site: string | null;
  settings: ReadingSettings;
  onSitePaused: (paused: boolean) => void;
  onPausedEverywhere: (paused: boolean) => void;
}

export function ReadingToggles({ site, settings, onSitePaused, onPausedEverywhere }: ReadingTogglesProps) {
  const sitePaused = site !== null && settings.pausedSites.includes(site);
  return (
    <fieldset class="reading-toggles">
      <legend class="visually-hidden">Reading with context</legend>
      {site !== null && (
        <label class="toggle">
          <input
            type="checkbox"
            role="switch"
            checked={!sitePaused}
            disabled={settings.pausedEverywhere}
            onChange={(event) => onSitePaused(!event.currentTarget.checked)}
          />
          <span>
            On <strong>{site}</strong>
          </span>
        </label>
      )}
      <label class="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={!settings.pausedEverywhere}
          onChange={(event) => onPausedEverywhere(!event.currentTarget.checked)}
        />
        <span>Everywhere</span>
      </label>
    </fieldset>
  );
}
