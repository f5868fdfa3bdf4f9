/**
 * The floating bar next to a selection (Highlight, colour, Note) or next to a saved highlight
 * (colour, note, Delete). It lives in a closed shadow root, so neither page CSS nor page scripts
 * can reach it. The note and tags are typed in the note editor, an extension page framed inside
 * that shadow root: key and input events are composed and cross shadow boundaries, so a page's
 * capture-phase listener would hear every keystroke typed into a field of the bar itself, but
 * events in a frame of another origin never enter the page at all.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { autoUpdate, computePosition, flip, inline, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import barCss from './highlight-bar.css?inline';
import { COLOURS, COLOUR_NAMES, type ColourName } from '@/lib/highlights/colours';
import type { NoteEditorClosed, NoteEditorTarget } from '@/lib/highlights/protocol';

const HOST_TAG = 'backstory-highlight-bar';
const VIEWPORT_PADDING = 8;
/** Asked of the browser, never hard-coded: with `use_dynamic_url` (see wxt.config.ts) it changes every session. */
const NOTE_EDITOR_URL = browser.runtime.getURL('/note-editor.html');
/** The bar's own controls keep their events to themselves: the page's bubbling listeners need not know it is there. */
const PRIVATE_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
  'select',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'click',
  'dblclick',
] as const;

export interface BarStatus {
  kind: 'error' | 'info';
  text: string;
  undo?: () => void;
}

export interface BarRequest {
  mode: 'new' | 'edit';
  /** What the bar sits next to. */
  range: Range;
  colour: ColourName;
  /** Labels the note button "Edit note" rather than "Add note". */
  hasNote: boolean;
}

/** The note editor's target as the session describes it; the host adds which opening it is. */
export type NoteTarget = DistributiveOmit<NoteEditorTarget, 'session'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export interface BarActions {
  /** The Highlight button of a new selection (no note: that is saved by the note editor). */
  onHighlight?: (colour: ColourName) => Promise<void>;
  /** A colour picked: applied at once when editing, previewed when new. */
  onColour: (colour: ColourName) => void;
  onDelete?: () => Promise<void>;
  onClose: () => void;
  /** What the note editor annotates, asked when it opens and again when it saves. */
  noteTarget: () => NoteTarget;
  /** The note editor saved this highlight (the note itself went straight to the background). */
  onNoteSaved: (id: string) => Promise<void>;
}

interface BarProps {
  request: BarRequest;
  actions: BarActions;
  status: BarStatus | null;
  /** The note editor is shown. */
  noteOpen: boolean;
  openNote: () => void;
  /** The note editor's frame finished loading our page: give it the focus. */
  onNoteLoaded: (frame: HTMLIFrameElement) => void;
}

/**
 * The note editor's frame. Its document is the extension's, so the page's listeners never see
 * what is typed in it, and a frame in a shadow tree is not in the page's `window.frames`. Should a
 * page find a way to navigate it anyway, any load after the first means the frame no longer shows
 * our editor, so it is closed rather than left to collect a note.
 */
function NoteFrame({ onLoaded, onLost }: { onLoaded: (frame: HTMLIFrameElement) => void; onLost: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let loads = 0;
    const onLoad = () => (++loads === 1 ? onLoaded(element) : onLost());
    element.addEventListener('load', onLoad);
    return () => element.removeEventListener('load', onLoad);
  }, []);
  return <iframe ref={frame} class="note-frame" src={NOTE_EDITOR_URL} title="Backstory note" />;
}

function HighlightBar({ request, actions, status, noteOpen, openNote, onNoteLoaded }: BarProps) {
  const [colour, setColour] = useState(request.colour);
  const [busy, setBusy] = useState(false);
  const firstButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Editing an existing highlight is a deliberate act: take focus. A new selection is not: leave it.
    if (request.mode === 'edit') firstButton.current?.focus();
  }, []);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const pick = (name: ColourName) => {
    setColour(name);
    actions.onColour(name);
  };
  // Buttons must not take the page's selection away when pressed.
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  const onHighlight = actions.onHighlight;

  return (
    <div
      class="bar"
      role="dialog"
      aria-label={request.mode === 'new' ? 'Highlight the selection' : 'Edit highlight'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') actions.onClose();
      }}
    >
      <div class="row">
        {/* While the note editor is open its Save makes the highlight, with the note. */}
        {onHighlight && !noteOpen && (
          <button ref={firstButton} class="primary" onMouseDown={keepSelection} disabled={busy} onClick={() => void run(() => onHighlight(colour))}>
            Highlight
          </button>
        )}
        <div class="swatches" role="radiogroup" aria-label="Colour">
          {COLOUR_NAMES.map((name, index) => (
            <button
              ref={request.mode === 'edit' && index === 0 ? firstButton : undefined}
              key={name}
              type="button"
              role="radio"
              class="swatch"
              aria-checked={name === colour}
              aria-label={COLOURS[name].label}
              title={COLOURS[name].label}
              style={{ background: COLOURS[name].background }}
              onMouseDown={keepSelection}
              onClick={() => pick(name)}
            />
          ))}
        </div>
        {!noteOpen && (
          <button type="button" onMouseDown={keepSelection} onClick={openNote}>
            {request.mode === 'new' ? 'Note' : request.hasNote ? 'Edit note' : 'Add note'}
          </button>
        )}
        {request.mode === 'edit' && actions.onDelete && (
          <button type="button" onMouseDown={keepSelection} disabled={busy} onClick={() => void run(actions.onDelete!)}>
            Delete
          </button>
        )}
        <button type="button" class="close" aria-label="Close" onMouseDown={keepSelection} onClick={actions.onClose}>
          ×
        </button>
      </div>
      {noteOpen && <NoteFrame onLoaded={onNoteLoaded} onLost={actions.onClose} />}
      {status && (
        <p class="status" role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}{' '}
          {status.undo && (
            <button type="button" onMouseDown={keepSelection} onClick={status.undo}>
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}

/** A name for one opening of the note editor. getRandomValues, unlike randomUUID, works on plain-http pages too. */
function newSession(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The host element and its closed shadow root, created on first use. */
export class HighlightBarHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private stopPositioning: (() => void) | null = null;
  private current: Pick<BarProps, 'request' | 'actions' | 'status'> | null = null;
  /** The open note editor: which opening it is, and whether it has already reported back. */
  private note: { session: string; closing: boolean } | null = null;
  /** What had the focus before the bar or its note editor took it, to give it back. */
  private returnFocus: Element | null = null;
  private opened = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.destroy());
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get mode(): BarRequest['mode'] | null {
    return this.current?.request.mode ?? null;
  }

  /** The reader is writing a note: selection changes and clicks in the page must not close the bar. */
  get isEditingNote(): boolean {
    return this.note !== null;
  }

  /** The focus is in the bar or in its note editor (the host is what the page sees of either). */
  get hasFocus(): boolean {
    return this.host !== null && document.activeElement === this.host;
  }

  /** True for the host (the page's observers and click handlers must ignore it). */
  contains(node: Node | null): boolean {
    return node !== null && node === this.host;
  }

  open(request: BarRequest, actions: BarActions): void {
    this.opened++;
    if (!this.current) {
      const active = document.activeElement;
      this.returnFocus = active && active !== this.host ? active : null;
    }
    this.current = { request, actions, status: null };
    this.note = null;
    this.draw();
    this.position(request.range);
  }

  setStatus(status: BarStatus | null): void {
    if (!this.current) return;
    this.current = { ...this.current, status };
    this.draw();
  }

  /** Shows the note editor; the focus moves into it once it has loaded. */
  openNote(): void {
    if (!this.current || this.note) return;
    this.note = { session: newSession(), closing: false };
    this.draw();
  }

  /** For the background, on behalf of the note editor: what it edits, or null when none is open. */
  noteEditorTarget(): NoteEditorTarget | null {
    if (!this.current || !this.note || this.note.closing) return null;
    return { ...this.current.actions.noteTarget(), session: this.note.session };
  }

  /** The note editor saved or was cancelled; false when it is not this bar's current editor. */
  noteEditorClosed(closed: NoteEditorClosed): boolean {
    if (!this.current || !this.note || this.note.closing || closed.session !== this.note.session) return false;
    // Reported once: a second Save from the same editor finds no target and saves nothing.
    this.note.closing = true;
    if (closed.outcome === 'saved' && typeof closed.id === 'string') void this.current.actions.onNoteSaved(closed.id);
    else this.current.actions.onClose();
    return true;
  }

  close(): void {
    const hadFocus = this.hasFocus;
    this.stopPositioning?.();
    this.stopPositioning = null;
    this.current = null;
    this.note = null;
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    if (hadFocus) this.giveFocusBack();
  }

  /** Back to the page: to what had the focus before, or to the page's document itself. */
  private giveFocusBack(): void {
    const previous = this.returnFocus;
    this.returnFocus = null;
    window.focus();
    if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) previous.focus({ preventScroll: true });
  }

  private ensureMount(): HTMLElement {
    if (this.mount && this.host) {
      if (!this.host.isConnected) (document.body ?? document.documentElement).append(this.host);
      return this.mount;
    }
    const host = document.createElement(HOST_TAG);
    // Inline !important beats any page rule, however specific.
    for (const [property, value] of [
      ['all', 'initial'],
      ['display', 'block'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
    ]) {
      host.style.setProperty(property!, value!, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    for (const type of PRIVATE_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
    const style = document.createElement('style');
    style.textContent = barCss;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    (document.body ?? document.documentElement).append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private draw(): void {
    const mount = this.ensureMount();
    if (!this.current) return;
    // A new key per opening resets the bar; status changes keep the note editor as it is.
    render(
      <HighlightBar
        key={this.opened}
        {...this.current}
        noteOpen={this.note !== null}
        openNote={() => this.openNote()}
        onNoteLoaded={(frame) => frame.focus()}
      />,
      mount,
    );
  }

  private position(range: Range): void {
    this.stopPositioning?.();
    const floating = this.mount?.firstElementChild as HTMLElement | null;
    if (!floating) return;
    const container = range.commonAncestorContainer;
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: container instanceof Element ? container : (container.parentElement ?? undefined),
    };
    const update = () =>
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [inline(), offset(8), flip(), shift({ padding: VIEWPORT_PADDING })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    this.stopPositioning = autoUpdate(reference, floating, update);
  }

  private destroy(): void {
    this.close();
    this.host = null;
    this.mount = null;
  }
}
