/**
 * Compiles the knowledge base (`kb/**\/*.json`, with the recorded statements of `kb/statements/`)
 * at build time and ships it gzipped as the public asset `kb.json.gz`, which the background
 * gunzips and loads with `loadKb` (and `loadStatements` for the quote check). A broken KB entry
 * fails the build with its file, entity or statement id and field named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineWxtModule } from 'wxt/modules';
import { KB_ASSET } from '../lib/kb/asset';
import { compileKbFromDisk } from '../scripts/kb-files';

export default defineWxtModule({
  name: 'backstory-kb',
  setup(wxt) {
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push(KB_ASSET);
    });
    wxt.hook('build:publicAssets', (_wxt, files) => {
      const started = performance.now();
      const compiled = compileKbFromDisk(join(wxt.config.root, 'kb'));
      const contents = JSON.stringify(compiled);
      const gzipped = gzipSync(contents, { level: 9 });
      // Public assets are copied from a file or written as text: the gzip goes through a file.
      const staged = join(wxt.config.wxtDir, 'kb-asset', KB_ASSET);
      mkdirSync(join(wxt.config.wxtDir, 'kb-asset'), { recursive: true });
      writeFileSync(staged, gzipped);
      files.push({ absoluteSrc: staged, relativeDest: KB_ASSET });
      wxt.logger.info(
        `KB: ${compiled.entities.length} entities and ${compiled.statements?.length ?? 0} statements compiled to ${KB_ASSET} (${(contents.length / 1024).toFixed(0)} KiB, ${(gzipped.length / 1024).toFixed(0)} KiB gzipped) in ${(performance.now() - started).toFixed(0)} ms`,
      );
    });
  },
});
