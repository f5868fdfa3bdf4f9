import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '@/lib/highlights/markdown';

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves export files through the browser's download flow (no "downloads" permission). Several
 * files travel as one zip: browsers block or prompt for bursts of downloads, and a vault import
 * wants the files together anyway.
 */
export function downloadFiles(files: readonly ExportFile[], zipName: string): void {
  if (files.length === 1) {
    const [file] = files;
    save(file!.name, new Blob([file!.content], { type: `${file!.mime};charset=utf-8` }));
    return;
  }
  // Stored, not compressed: text exports are small and this keeps the page responsive.
  const archive = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.content)])), { level: 0 });
  save(zipName, new Blob([archive], { type: 'application/zip' }));
}
