/**
 * The KB entities inside a highlighted range. The reading side knows where the page's names are;
 * it hands over a lookup with `provideEntityLookup` once it has marked the page. Until it does (or
 * when reading is paused), highlights are saved without entity ids.
 */
export type EntityLookup = (range: Range) => string[];

let lookup: EntityLookup | null = null;

/** Returns a function that withdraws the lookup (when reading stops). */
export function provideEntityLookup(entitiesIn: EntityLookup): () => void {
  lookup = entitiesIn;
  return () => {
    if (lookup === entitiesIn) lookup = null;
  };
}

export function entitiesInRange(range: Range): string[] {
  try {
    return lookup ? [...new Set(lookup(range))] : [];
  } catch {
    // Entity links are a bonus: a failing lookup must never stop a highlight from being saved.
    return [];
  }
}
