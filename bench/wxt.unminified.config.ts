/**
 * The extension's own config with minification off and its own output folder, so a CPU profile of
 * the content script names real functions: `npx wxt build -c bench/wxt.unminified.config.ts`, then
 * `npx tsx bench/profile-content.ts .output/unminified/chrome-mv3`.
 */
import { defineConfig, type UserConfig } from 'wxt';
import base from '../wxt.config';

const config = base as UserConfig;
const baseVite = config.vite;

export default defineConfig({
  ...config,
  outDir: '.output/unminified',
  vite: (env) => {
    const vite = baseVite?.(env) ?? {};
    return { ...vite, build: { ...('build' in vite ? vite.build : {}), minify: false } };
  },
});
