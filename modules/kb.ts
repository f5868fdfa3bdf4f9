/**
 * Compiles the knowledge base (`kb/**\/*.json`, with the recorded statements of `kb/statements/`)
 * at build time and ships it as the public asset `kb.json`, which the background loads with
 * `loadKb` (and `loadStatements` for the quote check). A broken KB entry fails the build with its
 * file, entity or statement id and field named.
 */
import { join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { compileKbFromDisk } from '../scripts/kb-files';

const KB_ASSET = 'kb.json';

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
      files.push({ relativeDest: KB_ASSET, contents });
      wxt.logger.info(
        `KB: ${compiled.entities.length} entities and ${compiled.statements?.length ?? 0} statements compiled to ${KB_ASSET} (${(contents.length / 1024).toFixed(0)} KiB) in ${(performance.now() - started).toFixed(0)} ms`,
      );
    });
  },
});
