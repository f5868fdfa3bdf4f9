/**
 * Ships the everyday English words (`everydayWords`, scripts/kb-words.ts) as the public asset
 * `everyday-words.txt` (format: lib/packs/word-list.ts). The background reads it only when it
 * compiles KB packs, so that a pack person's derived surname that is an everyday word ("May")
 * is held back as the bundled KB's are. No page and no content script ever loads it.
 */
import { defineWxtModule } from 'wxt/modules';
import { encodeWordList, EVERYDAY_WORDS_FILE, wordKeys } from '../lib/packs/word-list';
import { everydayWords } from '../scripts/kb-words';

export default defineWxtModule({
  name: 'backstory-everyday-words',
  setup(wxt) {
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push(EVERYDAY_WORDS_FILE);
    });
    wxt.hook('build:publicAssets', (_wxt, files) => {
      const keys = wordKeys(everydayWords());
      const contents = encodeWordList(keys);
      files.push({ relativeDest: EVERYDAY_WORDS_FILE, contents });
      wxt.logger.info(`Everyday words: ${keys.length} written to ${EVERYDAY_WORDS_FILE} (${(contents.length / 1024).toFixed(0)} KiB)`);
    });
  },
});
