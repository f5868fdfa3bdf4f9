/**
 * The highlight colours. Okabe–Ito hues (chosen to stay apart under the common colour-vision
 * deficiencies), painted opaque with dark text forced on top: a translucent highlight over a dark
 * page would leave dark-on-dark text, so the text colour is always ours.
 */
export const COLOUR_NAMES = ['yellow', 'blue', 'pink', 'orange'] as const;
export type ColourName = (typeof COLOUR_NAMES)[number];

export const DEFAULT_COLOUR: ColourName = 'yellow';

export interface Colour {
  name: ColourName;
  /** What the reader sees in menus and screen readers. */
  label: string;
  background: string;
  text: string;
}

const TEXT = '#1a1a1a';

export const COLOURS: Record<ColourName, Colour> = {
  yellow: { name: 'yellow', label: 'Yellow', background: '#F0E442', text: TEXT },
  blue: { name: 'blue', label: 'Blue', background: '#56B4E9', text: TEXT },
  pink: { name: 'pink', label: 'Pink', background: '#CC79A7', text: TEXT },
  orange: { name: 'orange', label: 'Orange', background: '#E69F00', text: TEXT },
};

export function isColourName(value: unknown): value is ColourName {
  return typeof value === 'string' && (COLOUR_NAMES as readonly string[]).includes(value);
}

/** The CSS Custom Highlight name for a colour; `backstory-entity*` belongs to entity marks. */
export function highlightName(colour: ColourName): string {
  return `backstory-hl-${colour}`;
}
