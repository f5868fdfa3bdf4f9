/**
 * The bundled KB as the extension compiles it, for tests that check how its own names read in
 * sentences (lib/kb/*-names.test.ts): compiled once per test file.
 */
import { loadKb, type Kb } from '../lib/kb/load';
import { recognize } from '../lib/recognizer/recognize';
import { compileKbFromDisk } from './kb-files';

let kb: Kb | undefined;
const bundled = (): Kb => (kb ??= loadKb(compileKbFromDisk()));

/** Every mention in `text`, as "text=entity-id". */
export const links = (text: string): string[] => recognize(bundled(), text).map((mention) => `${mention.text}=${mention.entityId}`);

/** The entity the first mention spelt `name` goes to, if any. */
export const linkOf = (text: string, name: string): string | undefined => recognize(bundled(), text).find((mention) => mention.text === name)?.entityId;

/** The texts of every mention in `text`. */
export const linked = (text: string): string[] => recognize(bundled(), text).map((mention) => mention.text);

/** The entity ids of every mention in `text`. */
export const ids = (text: string): string[] => recognize(bundled(), text).map((mention) => mention.entityId);
