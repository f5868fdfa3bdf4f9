/**
 * The knowledge base's source format: what a person writes in `kb/**.json` and what the build
 * validates before compiling. Every field is documented here because this file *is* the KB's
 * specification (the README links to it).
 */
import * as v from 'valibot';

/** ISO date, or a year-month / year when Wikipedia gives no more precision. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const EntityId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'),
);

/**
 * How an alias must be written in the text to count.
 * - `default`: as written, or in all capitals (datelines: "ALMATY"). Proper names need their capitals,
 *   so "Chase" never matches "chase".
 * - `exact`: only exactly as written (acronyms that are also words or fragments: "RT", "UN", "CIS").
 * - `any`: any case (rare; native-script forms whose case carries no signal).
 */
export const AliasCase = v.picklist(['default', 'exact', 'any']);

export const Alias = v.union([
  v.pipe(v.string(), v.minLength(1)),
  v.strictObject({
    text: v.pipe(v.string(), v.minLength(1)),
    case: v.optional(AliasCase),
    /**
     * True when the alias on its own is too weak to name the entity (a bare surname shared with
     * others, a common word): it counts only when the document also names the entity by a strong
     * alias or one of its `context` cues occurs.
     */
    weak: v.optional(v.boolean()),
  }),
]);

const Role = v.strictObject({
  /** The office as a reader would say it: "President of Kazakhstan". */
  title: v.pipe(v.string(), v.minLength(1)),
  /** The organisation or place the office belongs to, when it is in the KB. */
  of: v.optional(EntityId),
  start: v.optional(PartialDate),
  /** Absent for a current holder. */
  end: v.optional(PartialDate),
});

export const EntityType = v.picklist(['person', 'organization', 'place', 'event']);

export const Entity = v.strictObject({
  id: EntityId,
  type: EntityType,
  label: v.pipe(v.string(), v.minLength(1)),
  /** Free-text kind shown on the card: "country", "city", "TV network", "military alliance". */
  kind: v.optional(v.string()),
  aliases: v.array(Alias),
  /** Adjectives and demonyms ("Kazakh", "Russo-"): recognised, but marked only where useful. */
  adjectives: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  /** Words or names whose presence in the article favours this entity over a namesake. */
  context: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  /** One or two neutral sentences, faithful to the Wikipedia article. */
  description: v.pipe(v.string(), v.minLength(10), v.maxLength(400)),
  /** English Wikipedia article title with underscores. */
  wikipedia: v.pipe(v.string(), v.regex(/^[^\s]+$/, 'must use underscores, not spaces')),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/, 'must look like Q123'))),
  /** Where the facts come from; the Wikipedia article unless stated. */
  source: v.pipe(v.string(), v.url()),
  // people
  born: v.optional(PartialDate),
  roles: v.optional(v.array(Role)),
  // organisations
  founded: v.optional(PartialDate),
  /** When it ceased or gave way to a successor (the Foreign and Commonwealth Office, 2020-09-02). */
  dissolved: v.optional(PartialDate),
  // organisations and places (a city's country, an organisation's seat)
  country: v.optional(EntityId),
  /** A regional body's region (Dagestan for its People's Assembly): its bare name is never the country's own body. */
  region: v.optional(EntityId),
  // events
  start: v.optional(PartialDate),
  end: v.optional(PartialDate),
  place: v.optional(EntityId),
  participants: v.optional(v.array(EntityId)),
  summary: v.optional(v.string()),
  related: v.optional(v.array(EntityId)),
});

export type Alias = v.InferOutput<typeof Alias>;
export type Role = v.InferOutput<typeof Role>;
export type Entity = v.InferOutput<typeof Entity>;
export type EntityType = v.InferOutput<typeof EntityType>;

/** A KB source file is a JSON array of entities. */
export const KbFile = v.array(Entity);
