import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each one is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep lib/ honest and make every dependency visible at the top of a file.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'The people, places and events behind the news you read, and highlights that last. Everything stays on your device.',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    // Highlights: the keyboard route to "Highlight selection" (the reader can change it in the browser).
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text' },
    },
    // Highlights: the note editor is an extension page framed inside the selection bar, so the keys
    // typed into a note never reach the page's listeners; a page can only frame what is listed here.
    // Chrome: `use_dynamic_url` makes it reachable only through a per-session URL, so a page cannot
    // probe a fixed chrome-extension://<id>/ address to learn that Backstory is installed. The cost:
    // the URL changes on every browser start, so nothing may remember or hard-code it (we build it
    // with runtime.getURL each time). Firefox (MV2): WXT turns this into the plain list; the
    // moz-extension:// UUID is already random per installation.
    web_accessible_resources: [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory-reader.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Desktop reads data_collection_permissions from 140 (the current ESR); Android from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
