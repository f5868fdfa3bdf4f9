export { recognize, type Mention, type RecognizeOptions } from './recognize';
export { getEntity, loadKb, type Kb } from '../kb/load';
export type { EntityRecord } from '../kb/compile';
