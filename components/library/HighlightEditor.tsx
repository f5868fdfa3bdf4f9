import { useState } from 'preact/hooks';
import { COLOURS, COLOUR_NAMES, type ColourName } from '@/lib/highlights/colours';
import { parseTagInput, type Highlight, type HighlightPatch } from '@/lib/highlights/record';

/** Colour, note and tags of one highlight; used by the popup and the library. */
export function HighlightEditor({ highlight, onSave, onCancel }: { highlight: Highlight; onSave: (patch: HighlightPatch) => Promise<void>; onCancel: () => void }) {
  const [colour, setColour] = useState<ColourName>(highlight.colour);
  const [note, setNote] = useState(highlight.note);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="hl-editor"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          await onSave({ colour, note, tags: parseTagInput(tags) });
        } finally {
          setBusy(false);
        }
      }}
    >
      <fieldset class="hl-colours">
        <legend>Colour</legend>
        {COLOUR_NAMES.map((name) => (
          <label key={name} class="hl-colour-choice">
            <input type="radio" name={`colour-${highlight.id}`} value={name} checked={colour === name} onChange={() => setColour(name)} />
            <span class="hl-swatch" style={{ background: COLOURS[name].background }} aria-hidden="true" />
            {COLOURS[name].label}
          </label>
        ))}
      </fieldset>
      <label>
        Note
        <textarea value={note} onInput={(event) => setNote(event.currentTarget.value)} rows={3} />
      </label>
      <label>
        Tags (comma separated)
        <input type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      <div class="hl-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
