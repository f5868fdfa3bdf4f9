import type { ComponentChildren } from 'preact';
import { COLOURS } from '@/lib/highlights/colours';
import type { Highlight, HighlightPatch } from '@/lib/highlights/record';
import { HighlightEditor } from './HighlightEditor';

/** One highlight as text: its colour, the quote, the note and tags. Notes are rendered as text, never HTML. */
export function HighlightItem({ highlight, children, quote }: { highlight: Highlight; children?: ComponentChildren; quote?: ComponentChildren }) {
  const colour = COLOURS[highlight.colour];
  return (
    <div class="hl-item">
      <span class="hl-swatch" title={colour.label} aria-label={`${colour.label} highlight`} role="img" style={{ background: colour.background }} />
      <div class="hl-body">
        {quote ?? <blockquote class="hl-quote">{highlight.text}</blockquote>}
        {highlight.note && <p class="hl-note">{highlight.note}</p>}
        {highlight.tags.length > 0 && (
          <ul class="hl-tags" aria-label="Tags">
            {highlight.tags.map((tag) => (
              <li key={tag}>#{tag}</li>
            ))}
          </ul>
        )}
        {children}
      </div>
    </div>
  );
}

/** Edit and Delete for one highlight, or its editor while it is being edited. */
export function HighlightControls({
  highlight,
  editing,
  onEdit,
  onSave,
  onCancel,
  onDelete,
}: {
  highlight: Highlight;
  editing: boolean;
  onEdit: () => void;
  onSave: (patch: HighlightPatch) => Promise<void>;
  onCancel: () => void;
  onDelete: () => void;
}) {
  if (editing) return <HighlightEditor highlight={highlight} onSave={onSave} onCancel={onCancel} />;
  return (
    <div class="hl-actions">
      <button onClick={onEdit}>Edit</button>
      <button onClick={onDelete}>Delete</button>
    </div>
  );
}
