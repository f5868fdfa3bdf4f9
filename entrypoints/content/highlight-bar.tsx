/**
 * The floating bar next to a selection (Highlight, colour, Note) or next to a saved highlight
 * (colour, note, tags, Delete). It lives in a closed shadow root, so neither page CSS nor page
 * scripts can reach it: a note typed here is never in the page's DOM. Keyboard and input events
 * are stopped at the shadow boundary so the page's own listeners do not see the keystrokes.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { autoUpdate, computePosition, flip, inline, offset, shift, type VirtualElement } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import barCss from './highlight-bar.css?inline';
import { COLOURS, COLOUR_NAMES, type ColourName } from '@/lib/highlights/colours';
import { parseTagInput } from '@/lib/highlights/record';

const HOST_TAG = 'backstory-highlight-bar';
const VIEWPORT_PADDING = 8;
/** Events that carry what the reader types or pastes: they stop at the shadow root. */
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

export interface BarValues {
  colour: ColourName;
  note: string;
  tags: string[];
}

export interface BarStatus {
  kind: 'error' | 'info';
  text: string;
  undo?: () => void;
}

export interface BarRequest {
  mode: 'new' | 'edit';
  /** What the bar sits next to. */
  range: Range;
  values: BarValues;
  /** Open with the note editor showing (the Note button, or editing a highlight that has a note). */
  noteOpen: boolean;
}

export interface BarActions {
  onSave: (values: BarValues) => Promise<void>;
  /** A colour picked: applied at once when editing, previewed when new. */
  onColour: (colour: ColourName) => void;
  onDelete?: () => Promise<void>;
  onClose: () => void;
}

interface BarProps {
  request: BarRequest;
  actions: BarActions;
  status: BarStatus | null;
}

function HighlightBar({ request, actions, status }: BarProps) {
  const [colour, setColour] = useState(request.values.colour);
  const [noteOpen, setNoteOpen] = useState(request.noteOpen);
  const [note, setNote] = useState(request.values.note);
  const [tags, setTags] = useState(request.values.tags.join(', '));
  const [busy, setBusy] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (noteOpen) noteField.current?.focus();
  }, [noteOpen]);
  useEffect(() => {
    // Editing an existing highlight is a deliberate act: take focus. A new selection is not: leave it.
    if (request.mode === 'edit' && !noteOpen) firstButton.current?.focus();
  }, []);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(() => actions.onSave({ colour, note, tags: parseTagInput(tags) }));
  const pick = (name: ColourName) => {
    setColour(name);
    actions.onColour(name);
  };
  // Buttons must not take the page's selection away when pressed.
  const keepSelection = (event: MouseEvent) => event.preventDefault();

  return (
    <div
      class="bar"
      role="dialog"
      aria-label={request.mode === 'new' ? 'Highlight the selection' : 'Edit highlight'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') actions.onClose();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && noteOpen) void save();
      }}
    >
      <div class="row">
        {request.mode === 'new' && (
          <button ref={firstButton} class="primary" onMouseDown={keepSelection} disabled={busy} onClick={() => void save()}>
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
          <button type="button" onMouseDown={keepSelection} onClick={() => setNoteOpen(true)}>
            {request.mode === 'new' ? 'Note' : note ? 'Edit note' : 'Add note'}
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
      {noteOpen && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            Note
            <textarea ref={noteField} value={note} maxLength={50_000} onInput={(event) => setNote(event.currentTarget.value)} />
          </label>
          <label>
            Tags (comma separated)
            <input type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
          </label>
          <div class="actions">
            <button type="button" onClick={actions.onClose}>
              Cancel
            </button>
            <button type="submit" class="primary" disabled={busy}>
              Save
            </button>
          </div>
        </form>
      )}
      {status && (
        <p class={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
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

/** The host element and its closed shadow root, created on first use. */
export class HighlightBarHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private stopPositioning: (() => void) | null = null;
  private current: BarProps | null = null;
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

  /** The reader is writing in the bar: selection changes in the page must not close it. */
  get isEditingNote(): boolean {
    return this.mount?.querySelector('form') != null;
  }

  get hasFocus(): boolean {
    return this.host !== null && document.activeElement === this.host;
  }

  /** True for the host (the page's observers and click handlers must ignore it). */
  contains(node: Node | null): boolean {
    return node !== null && node === this.host;
  }

  open(request: BarRequest, actions: BarActions): void {
    this.opened++;
    this.current = { request, actions, status: null };
    this.draw();
    this.position(request.range);
  }

  setStatus(status: BarStatus | null): void {
    if (!this.current) return;
    this.current = { ...this.current, status };
    this.draw();
  }

  close(): void {
    this.stopPositioning?.();
    this.stopPositioning = null;
    this.current = null;
    if (this.mount) render(null, this.mount);
    this.host?.remove();
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
    // A new key per opening resets the form; status changes keep what the reader typed.
    render(<HighlightBar key={this.opened} {...this.current} />, mount);
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
