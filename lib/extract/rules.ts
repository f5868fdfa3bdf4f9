/**
 * What counts as a block, and what is never article text. Decided from markup alone (tag, role,
 * class, id, attributes) so the same rules hold in a browser and under Node, and so deciding costs
 * no style or layout work on pages the size of a book.
 */

/** Elements whose start and end separate paragraphs: a name never runs across them. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/**
 * Never article text: page chrome, form controls (their text belongs to the reader), code and
 * embedded media. Tag names are upper case in HTML documents; `localName` is used for SVG/MathML.
 */
const SKIPPED_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'form', 'input', 'textarea', 'select', 'option', 'optgroup',
  'button', 'label', 'output', 'datalist', 'script', 'style', 'noscript', 'template', 'code', 'kbd',
  'samp', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'img',
  'picture', 'map', 'dialog', 'head', 'title', 'meta', 'link', 'menu', 'slot',
]);

/** ARIA roles of chrome and controls. */
const SKIPPED_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'tablist', 'button', 'textbox', 'searchbox', 'combobox', 'listbox',
  'marquee', 'timer', 'log', 'tooltip', 'status', 'alert',
]);

/**
 * Class/id words that always mean "not this story": other stories, ads, reader input. A class
 * like `inline-promo` or an id like `comments` is enough on its own.
 */
const ALWAYS_BOILERPLATE = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored',
  'promo', 'promos', 'promotion', 'related', 'teaser', 'teasers', 'recommended', 'recommendations',
  'newsletter', 'subscribe', 'subscription', 'comment', 'comments', 'disqus', 'outbrain', 'taboola',
  'cookie', 'cookies', 'gdpr', 'consent', 'paywall', 'popup', 'modal', 'readalso', 'readmore',
  'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip', 'sronly', 'visuallyhidden',
]);

/**
 * Class/id words that usually mean chrome, unless the same attribute also says "content"
 * (`entry-header` is chrome, but so is `site-header`; `main-content-footer`… still chrome, yet
 * `article-body-share` is rarer than a share bar that says nothing about content).
 */
const USUALLY_BOILERPLATE = new Set([
  'header', 'footer', 'nav', 'navbar', 'navigation', 'menu', 'sidebar', 'rail', 'share', 'sharing',
  'social', 'tags', 'byline', 'widget', 'toolbar', 'masthead', 'banner', 'author', 'bio', 'meta',
  'caption', 'credit', 'credits', 'kicker', 'standfirst',
]);
const CONTENT_WORDS = new Set(['article', 'body', 'content', 'main', 'story', 'text', 'entry', 'post', 'prose']);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i;

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

function words(value: string): string[] {
  // "inline-promo", "read_also", "relatedStories" → inline promo read also related stories.
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function namesBoilerplate(value: string | null): boolean {
  if (!value) return false;
  for (const token of value.split(/\s+/)) {
    const parts = words(token);
    const joined = parts.join('');
    if (ALWAYS_BOILERPLATE.has(joined) || parts.some((part) => ALWAYS_BOILERPLATE.has(part))) return true;
    if (parts.some((part) => USUALLY_BOILERPLATE.has(part)) && !parts.some((part) => CONTENT_WORDS.has(part))) return true;
  }
  return false;
}

/** Hidden by markup: `hidden`, `aria-hidden`, `inert` or an inline style that hides. */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.hasAttribute('inert')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

function isEditable(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export interface SkipOptions {
  /** Also judge class and id words (off only on the fallback pass for sites that name wrappers oddly). */
  classes: boolean;
}

/** True when nothing inside `element` is ever article text. */
export function isSkipped(element: Element, options: SkipOptions = { classes: true }): boolean {
  if (SKIPPED_TAGS.has(element.localName.toLowerCase())) return true;
  const role = element.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  if (isHiddenByMarkup(element) || isEditable(element)) return true;
  if (element.getAttribute('aria-label')?.trim().toLowerCase() === 'advertisement') return true;
  if (options.classes && (namesBoilerplate(element.getAttribute('class')) || namesBoilerplate(element.id))) return true;
  return isHiddenByStyle(element);
}

/**
 * Hidden by the page's CSS, where a browser can tell (`checkVisibility`; happy-dom cannot, and
 * markup rules above already apply there). `display: contents` wrappers have no box of their own
 * but show their children, so they are not hidden.
 */
function isHiddenByStyle(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return false;
  if (element.checkVisibility({ visibilityProperty: true })) return false;
  const view = element.ownerDocument.defaultView;
  return view?.getComputedStyle(element).display !== 'contents';
}

/** True when `node` lies inside a skipped element below `root` (exclusive). */
export function isInsideSkipped(node: Node, root: Element, options?: SkipOptions): boolean {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
    if (isSkipped(element, options)) return true;
  }
  return false;
}

/** Elements whose text keeps its line breaks as written. */
export function preservesLineBreaks(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'PRE' || tag === 'LISTING' || tag === 'PLAINTEXT';
}
