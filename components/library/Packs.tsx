/** The library's "Knowledge packs" section: import a KB pack, list, switch on and off, remove. */
import { useEffect, useState } from 'preact/hooks';
import { describeCollisions, type PackList, type PackSummary } from '@/lib/packs/protocol';
import { sendToBackground } from '@/utils/messaging';
import './packs.css';

interface Message {
  kind: 'info' | 'error';
  /** First line is the summary; any further lines are listed under it. */
  lines: string[];
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function PackItem({ pack, onToggle, onRemove }: { pack: PackSummary; onToggle: (enabled: boolean) => void; onRemove: () => void }) {
  const collisions = describeCollisions(pack.report);
  const inUse = pack.report.entities;
  return (
    <li class="pack" aria-label={pack.name}>
      <div class="pack-head">
        <h3>
          {pack.name}
          {pack.version && <span class="pack-version"> {pack.version}</span>}
        </h3>
        <label class="lib-inline">
          <input type="checkbox" checked={pack.enabled} onChange={(event) => onToggle(event.currentTarget.checked)} />
          Enabled
        </label>
        <button type="button" onClick={onRemove} aria-label={`Remove ${pack.name}`}>
          Remove
        </button>
      </div>
      {pack.description && <p class="pack-description">{pack.description}</p>}
      <p class="hl-meta">
        {inUse === pack.total ? plural(pack.total, 'entity', 'entities') : `${inUse.toLocaleString()} of ${plural(pack.total, 'entity', 'entities')} in use`}
        {' · '}
        {pack.enabled ? 'recognised on pages' : 'disabled'}
        {' · '}from {pack.fileName}, imported {new Date(pack.importedAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}
      </p>
      {collisions.length > 0 && (
        <ul class="pack-collisions" aria-label={`Collisions of ${pack.name}`}>
          {collisions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function KnowledgePacks() {
  const [list, setList] = useState<PackList | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    sendToBackground('packList', {})
      .then(setList)
      .catch((error: Error) => setMessage({ kind: 'error', lines: [`The packs could not be read: ${error.message}`] }));
  }, []);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setMessage({ kind: 'error', lines: (error as Error).message.split('\n') });
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File) =>
    act(async () => {
      const limit = list?.limits.bytes;
      if (limit !== undefined && file.size > limit) {
        throw new Error(`${file.name} was not imported: it is ${megabytes(file.size)}; a pack may be at most ${megabytes(limit)}. Nothing changed.`);
      }
      const { pack, replaced } = await sendToBackground('packImport', { fileName: file.name, text: await file.text() });
      setList(await sendToBackground('packList', {}));
      setMessage({
        kind: 'info',
        lines: [
          `${replaced ? 'Replaced' : 'Imported'} “${pack.name}”: ${plural(pack.report.entities, 'entity', 'entities')} added to recognition.`,
          ...describeCollisions(pack.report),
        ],
      });
    });
  const toggle = (pack: PackSummary, enabled: boolean) =>
    act(async () => {
      // The box shows the reader's choice at once; the background's list confirms it (or an error undoes it).
      setList((shown) => shown && { ...shown, packs: shown.packs.map((candidate) => (candidate.id === pack.id ? { ...candidate, enabled } : candidate)) });
      setList(await sendToBackground('packSetEnabled', { id: pack.id, enabled }).catch(async (error: Error) => {
        setList(await sendToBackground('packList', {}));
        throw error;
      }));
      setMessage({ kind: 'info', lines: [`“${pack.name}” ${enabled ? 'enabled' : 'disabled'}: pages opened or reloaded from now on ${enabled ? 'use' : 'no longer use'} it.`] });
    });
  const remove = (pack: PackSummary) =>
    act(async () => {
      setList(await sendToBackground('packRemove', { id: pack.id }));
      setMessage({ kind: 'info', lines: [`“${pack.name}” removed.`] });
    });

  const packs = list?.packs ?? [];
  return (
    <section class="lib-packs" aria-labelledby="lib-packs-heading" aria-busy={busy}>
      <h2 id="lib-packs-heading">Knowledge packs</h2>
      <p class="hl-meta">
        A pack adds people, organisations, places and events to what Backstory recognises: a JSON file in the knowledge base’s own format (see
        “KB packs” in the README). Where a pack and the bundled knowledge base share an id or a name, the bundled one wins; between packs, the one
        listed first.
      </p>
      <div class="lib-controls">
        <label class="lib-field">
          Import a pack
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        {list && (
          <span class="hl-meta">
            Up to {list.limits.packs} packs of {list.limits.entities.toLocaleString()} entities and {megabytes(list.limits.bytes)} each
          </span>
        )}
      </div>
      {message && (
        <div class={`lib-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.lines[0]}</p>
          {message.lines.length > 1 && (
            <ul>
              {message.lines.slice(1).map((line, k) => (
                <li key={k}>{line.replace(/^- /, '')}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {list && packs.length === 0 && <p class="hl-meta">No packs yet.</p>}
      {packs.length > 0 && (
        <ul class="pack-list">
          {packs.map((pack) => (
            <PackItem key={pack.id} pack={pack} onToggle={(enabled) => void toggle(pack, enabled)} onRemove={() => void remove(pack)} />
          ))}
        </ul>
      )}
      {list?.build && packs.some((pack) => pack.enabled) && (
        <p class="hl-meta pack-build">
          {list.build.kind === 'compiled'
            ? `Compiled with the bundled knowledge base in ${Math.round(list.build.ms)} ms`
            : `Loaded, already compiled, in ${Math.round(list.build.ms)} ms`}
          {`, ${Math.round(list.build.totalMs)} ms in all (${list.build.entities.toLocaleString()} entities).`}
        </p>
      )}
    </section>
  );
}
