/**
 * English month and weekday names in matching form. They are capitalised wherever they appear, so
 * a capital says nothing about whether "May" or "August" is a person.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
