/**
 * The statements KB's source format (`kb/statements/*.json`): what people on the record actually
 * said, in a published English wording, so that quotations in articles can be checked against it.
 * This file is the format's specification.
 */
import * as v from 'valibot';
import { EntityId, PartialDate } from '../kb/schema';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));

/**
 * Who published a wording. `primary`: the speaker's own office or the event's official transcript
 * (kremlin.ru, akorda.kz). `wire`: a news agency (AFP, Reuters, AP, EFE, Anadolu, Interfax).
 * `outlet`: any other publication; allowed only with a `note` saying why nothing better was found.
 */
export const SourceKind = v.picklist(['primary', 'wire', 'outlet']);

export const Source = v.strictObject({
  /** As a reader would name it: "EFE", "Eurasianet (republished by Responsible Statecraft)". */
  publisher: Text,
  kind: SourceKind,
  /** Where this exact wording can be read. */
  url: v.pipe(v.string(), v.url()),
  /** When the source published it, if it differs from the statement's date. */
  published: v.optional(PartialDate),
});

/**
 * One published English wording, copied character for character. Square brackets mark the
 * publisher's own insertions ("[Ethnic Kazakhs] existed") and "…" its omissions; a wording may
 * join the sentences of one passage that the source quoted apart only to insert an attribution.
 */
export const Wording = v.strictObject({
  text: Text,
  source: Source,
});

export const Statement = v.pipe(
  v.strictObject({
    /** Kebab-case, conventionally `<speaker>-<yyyy-mm-dd>-<topic>`. */
    id: EntityId,
    /** The person who said it: a KB entity of type person. */
    speaker: EntityId,
    /** When it was said (as precise as the sources allow). */
    date: PartialDate,
    /** The occasion, when it is a KB event (the St Petersburg forum). */
    event: v.optional(EntityId),
    /** The occasion in words: "plenary session", "interview with Rossiya 24". */
    setting: v.optional(Text),
    /** ISO 639-1 code of the language it was said in, when not English. */
    language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "ru"'))),
    /** The reference English wording: the most authoritative one found (primary, then wire). */
    text: Text,
    source: Source,
    /**
     * Other faithful published renderings (other translations of the same words, fuller or shorter
     * excerpts). A quotation that reproduces one of them matches the record. Renderings that
     * change the meaning never belong here: they are what the quote check exists to catch.
     */
    otherWordings: v.optional(v.array(Wording)),
    /** Provenance caveats for the KB's editors: why an outlet's wording, an uncertain date. */
    note: v.optional(Text),
    /**
     * What a reader must know to weigh the record, shown on the quote card: a disputed
     * attribution, a second-hand account. One short sentence.
     */
    caveat: v.optional(v.pipe(Text, v.maxLength(200))),
  }),
  v.forward(
    v.check((statement) => statement.source.kind !== 'outlet' || statement.note !== undefined, 'is required when the source is an outlet: say why no primary or wire wording was used'),
    ['note'],
  ),
);

export type SourceKind = v.InferOutput<typeof SourceKind>;
export type Source = v.InferOutput<typeof Source>;
export type Wording = v.InferOutput<typeof Wording>;
export type Statement = v.InferOutput<typeof Statement>;
