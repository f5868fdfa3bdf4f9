/**
 * The article of a page: its body element and the body's text, with a map back to the DOM.
 * Pure: works on the Document it is given (a browser page, or a happy-dom document under Node for
 * the annotate CLI and tests) and touches nothing else.
 */
import { findArticleBody } from './score';
import { collectText, runToEnd, type TextSegment } from './text';
import { isInsideSkipped, isSkipped } from './rules';

export type { TextSegment } from './text';
export { domPointAt, rangeOf, runToEnd } from './text';

export interface ExtractedArticle {
  /** The element holding the article body. */
  root: Element;
  /** When the body is split over several children of `root`, those children; otherwise null. */
  parts: Element[] | null;
  /** The body's blocks joined with "\n\n". */
  text: string;
  /** Maps offsets of `text` to Text nodes (sorted by offset). */
  segments: TextSegment[];
}

export interface ExtractOptions {
  /** Look for the article only inside this element (content appended to a page). */
  scope?: Element;
}

/**
 * Stepwise extraction: each `yield` is a point where the caller may pause (the content script
 * spreads the work over idle callbacks so no task runs long). Returns null when the page holds
 * no article.
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Generator<void, ExtractedArticle | null> {
  const scope = options.scope ?? doc.body;
  if (!scope) return null;
  const body = yield* findArticleBody(scope);
  if (!body) return null;
  const roots = body.parts ?? [body.root];
  const { text, segments } = yield* collectText(roots);
  if (text.length === 0) return null;
  return { root: body.root, parts: body.parts, text, segments };
}

/** The article of `doc` in one go, or null when the page is not an article. */
export function extractArticle(doc: Document, options?: ExtractOptions): ExtractedArticle | null {
  return runToEnd(extractArticleSteps(doc, options));
}

/** True when `node` belongs to the article: inside its root (and parts) and in no skipped block. */
export function isArticleContent(article: Pick<ExtractedArticle, 'root' | 'parts'>, node: Node): boolean {
  if (!article.root.contains(node)) return false;
  if (article.parts && !article.parts.some((part) => part.contains(node))) return false;
  if (node.nodeType === 1 && node !== article.root && isSkipped(node as Element)) return false;
  return !isInsideSkipped(node, article.root);
}
