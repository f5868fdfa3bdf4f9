import type { browser } from 'wxt/browser';

/** The extension API as seen inside an extension page or worker that a test evaluates code in. */
export type ExtensionApi = typeof browser;

