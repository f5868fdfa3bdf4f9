export { anchor, anchorWithDetails, describe, type Anchored } from './anchor';
export { locate, similarity, type AnchorMethod, type TextMatch } from './match';
export { CONTEXT_LENGTH, selectorsForSpan, type HighlightSelectors, type TextPositionSelector, type TextQuoteSelector } from './selectors';
export { indexText, offsetOfPoint, offsetsOfRange, rangeOfOffsets, type TextIndex } from './text';
