/**
 * The one message protocol between Backstory's contexts. Every request names its type; every
 * reply is a serialisable `Result`, so errors cross context boundaries as data, never as thrown
 * exceptions that the polyfill would flatten into "undefined".
 *
 * - `BackgroundProtocol`: content scripts, popup and library → background (the only context that
 *   holds the KB and touches IndexedDB).
 * - `TabProtocol`: popup → the content script of a tab.
 *
 * Features add their messages to these maps; `entrypoints/background` registers one handler per key.
 */

import type { PageReading, Recognition } from './reading/page';
import type {
  ExportFile,
  Highlight,
  HighlightDraft,
  HighlightExportRequest,
  HighlightSearchRequest,
  HighlightPatch,
  HighlightSearchResult,
  HighlightSelectionRequest,
  ImportOutcome,
  NoteEditorClosed,
  NoteEditorContent,
  NoteEditorTarget,
  PageHighlightsState,
  StorageStatus,
} from './highlights/protocol';
import type { EntityMemory, MemoryOverview, ReadingVisit } from './memory/protocol';
import type { PackImportOutcome, PackList } from './packs/protocol';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(error: unknown): Result<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

export interface BackgroundProtocol {
  /** Liveness and version, used by tests and the popup's diagnostics. */
  ping: { request: Record<string, never>; response: { version: string } };
  /**
   * Reading: recognise the KB's entities in an article's text (blocks joined with "\n\n").
   * Text before `from` is context only: its mentions are not reported, offsets count from `from`.
   */
  recognize: {
    /**
     * `page`: the article being read, for the reading memory (the background decides whether to record).
     * `day`: the article's date (YYYY-MM-DD): role descriptions are resolved as of that day.
     */
    request: { text: string; from?: number; page?: ReadingVisit; day?: string };
    response: Recognition;
  };
  /** Highlights: store a new highlight (the background assigns id and times). */
  highlightSave: { request: { draft: HighlightDraft }; response: Highlight };
  /** Highlights: change note, colour or tags. */
  highlightUpdate: { request: { id: string; patch: HighlightPatch }; response: Highlight };
  /** Highlights: delete, returning the record so the caller can offer to undo. */
  highlightDelete: { request: { id: string }; response: { deleted: Highlight | null } };
  /** Highlights: put a deleted or edited record back exactly as it was. */
  highlightUndo: { request: { highlight: Highlight }; response: Highlight };
  /** Highlights: every highlight filed under a normalised page URL. */
  highlightsForPage: { request: { url: string }; response: Highlight[] };
  /** Highlights: the library's search, filters and facets. */
  highlightSearch: { request: HighlightSearchRequest; response: HighlightSearchResult };
  /** Highlights: export files (Markdown, W3C JSON, Readwise CSV) built in the background. */
  highlightExport: { request: HighlightExportRequest; response: { files: ExportFile[] } };
  /** Highlights: import a JSON export; validated whole before anything is written. */
  highlightImport: { request: { text: string }; response: ImportOutcome };
  /** Highlights: whether storage is persistent, and how full it is. */
  highlightStorage: { request: Record<string, never>; response: StorageStatus };
  /**
   * Note editor (an extension page framed in a tab's selection bar, so the page never sees what is
   * typed): what it edits, with the stored note and tags. Asked of the sender's tab.
   */
  noteEditorOpen: { request: Record<string, never>; response: NoteEditorContent };
  /** Note editor: save what was typed; the tab's content script hears only "saved" and the id. */
  noteEditorSave: { request: { session: string; note: string; tags: string[] }; response: { id: string } };
  /** Note editor: closed without saving (Esc, Cancel). */
  noteEditorCancel: { request: { session: string }; response: { closed: boolean } };
  /** KB packs: the reader's packs with entity counts and collision reports (extension pages only). */
  packList: { request: Record<string, never>; response: PackList };
  /** KB packs: validate and store a pack file, enabled; a bad one is refused whole (extension pages only). */
  packImport: { request: { fileName: string; text: string }; response: PackImportOutcome };
  /** KB packs: switch a pack on or off for recognition. */
  packSetEnabled: { request: { id: string; enabled: boolean }; response: PackList };
  /** KB packs: delete a pack. */
  packRemove: { request: { id: string }; response: PackList };
  /** Reading memory: the articles read that named the entity and the reader's highlights that mention it. */
  memoryForEntity: { request: { entityId: string; limit?: number }; response: EntityMemory };
  /** Reading memory: size, switch and entities, for the library and the popup (extension pages only). */
  memoryOverview: { request: Record<string, never>; response: MemoryOverview };
  /** Reading memory: forget every article (extension pages only); highlights stay. */
  memoryClear: { request: Record<string, never>; response: { cleared: number } };
  /** Reading memory: open the library on an entity (from a card in the page). */
  memoryOpenLibrary: { request: { entityId: string }; response: { opened: boolean } };
}

export interface TabProtocol {
  /** What the content script found on its page. */
  pageStatus: { request: Record<string, never>; response: PageStatus };
  /** Reading: the entities recognised on the page, for the popup's context cards and timeline. */
  pageReading: { request: Record<string, never>; response: PageReading };
  /** Reading: scroll to the entity's next mention (its first on the first call) and flash it. */
  revealEntity: { request: { entityId: string }; response: { index: number; total: number } };
  /** Reading: scroll to the page's `index`th checked quotation and open its card. */
  revealQuote: { request: { index: number }; response: { found: boolean } };
  /** Highlights: highlight the current selection (context menu, keyboard command). */
  highlightSelection: { request: HighlightSelectionRequest; response: { saved: boolean } };
  /** Highlights: this page's highlights in page order, with orphans. */
  pageHighlights: { request: Record<string, never>; response: PageHighlightsState };
  /** Highlights: scroll to a highlight and flash it. */
  revealHighlight: { request: { id: string }; response: { found: boolean } };
  /** Highlights: records of these pages changed elsewhere (popup, library, another tab). */
  highlightsChanged: { request: { urls: string[] }; response: { reloaded: boolean } };
  /** Highlights: what the open note editor edits (asked by the background for the editor); null when none is open. */
  noteEditorTarget: { request: Record<string, never>; response: NoteEditorTarget | null };
  /** Highlights: the note editor saved or was cancelled. */
  noteEditorClosed: { request: NoteEditorClosed; response: { closed: boolean } };
}

export interface PageStatus {
  url: string;
  /** The page's address as highlights and the reading memory know it (canonical, no tracking). */
  pageUrl?: string;
  title: string;
  /** Why nothing is shown, when nothing is. */
  state: 'annotated' | 'not-article' | 'paused' | 'starting';
}

/** A message as it arrives from another context: its payload is checked by the handler's types only. */
export interface IncomingRequest<P> {
  type: keyof P & string;
  payload: unknown;
}

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type Handlers<P, Sender = unknown> = {
  [K in keyof P]: (payload: RequestOf<P, K>, sender: Sender) => ResponseOf<P, K> | Promise<ResponseOf<P, K>>;
};

/** Checks the shape of an incoming message before dispatch: messages come from other contexts. */
export function isRequest<P extends object>(message: unknown, handlers: Handlers<P, never>): message is IncomingRequest<P> {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

/** Runs the handler for a request and wraps its outcome as a `Result`. */
export async function dispatch<P extends object, Sender>(
  handlers: Handlers<P, Sender>,
  message: IncomingRequest<P>,
  sender: Sender,
): Promise<Result<unknown>> {
  try {
    const handler = handlers[message.type as keyof P] as (payload: unknown, sender: Sender) => unknown;
    return ok(await handler(message.payload, sender));
  } catch (error) {
    return fail(error);
  }
}
