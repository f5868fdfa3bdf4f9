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
  'picture', 'map', 'dialog', 'head', 'title', 'meta', 'link', 'menu', 'slot', 'figcaption',
  // AMP's own components: ads, embeds, analytics, social buttons, menus and consent. Their text is
  // placeholder or fallback copy ("Advertisement", a tweet, a promo), never the story.
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-auto-ads', 'amp-analytics', 'amp-pixel', 'amp-social-share',
  'amp-sidebar', 'amp-consent', 'amp-user-notification', 'amp-geo', 'amp-twitter', 'amp-instagram',
  'amp-facebook', 'amp-facebook-page', 'amp-facebook-comments', 'amp-tiktok', 'amp-youtube', 'amp-vimeo',
  'amp-iframe', 'amp-img', 'amp-video', 'amp-audio', 'amp-anim', 'amp-lightbox', 'amp-list', 'amp-web-push',
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
  'cookie', 'cookies', 'gdpr', 'consent', 'popup', 'modal', 'readalso', 'readmore',
  'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip', 'sronly', 'visuallyhidden',
  // Captions, pull quotes (a repeat of the body), sign-up boxes, ad slots by their trade names
  // (MPU, DFP/GPT), a live blog's pinned summary, and embedded posts from social networks.
  'caption', 'pullquote', 'signup', 'mpu', 'dfp', 'pinned', 'embed', 'tweet', 'twitter', 'instagram', 'tiktok',
  // Boxes inside the body that point elsewhere or sum up: "Also read", "Most read", media players,
  // a live blog's "Key events" and a story's "Key points".
  'alsoread', 'mostread', 'mostviewed', 'mostpopular', 'trending', 'player', 'keyevents', 'keypoints', 'takeaways',
]);

/**
 * Data attributes that component-built sites use as names where older sites use classes
 * (`data-component="byline-block"`, `data-testid="related-content"`), judged by the same words.
 */
const NAMING_ATTRIBUTES = ['data-component', 'data-testid', 'data-test-id', 'data-qa', 'data-gu-name', 'data-module'];

/**
 * "paywall" alone marks the locked part of the story itself (Google's markup for
 * `isAccessibleForFree` uses `.paywall` on the body), but with another word it is the prompt:
 * `paywall-prompt`, `paywall-offer`, `paywall-banner`.
 */
const PROMPT_ONLY_WITH_ANOTHER_WORD = new Set(['paywall']);

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
    if (parts.length > 1 && parts.some((part) => PROMPT_ONLY_WITH_ANOTHER_WORD.has(part)) && !parts.some((part) => CONTENT_WORDS.has(part))) return true;
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
  if (options.classes && NAMING_ATTRIBUTES.some((name) => namesBoilerplate(element.getAttribute(name)))) return true;
  if (isLinkList(element) || isLinkBox(element)) return true;
  // One bounded read of a short block serves both checks on its words; long blocks give up early.
  const short = isBlock(element) ? shortTextOf(element, PROMO_MAX_CHARS, 24) : null;
  if (short !== null && (isLabelBlock(element, short) || isPromoLinkBlock(element, short))) return true;
  if (element.tagName.toUpperCase() === 'TIME' && standsAlone(element)) return true;
  return isHiddenByStyle(element);
}

/** Slack for source whitespace (indentation) when a bounded read decides a text is too long. */
const WHITESPACE_SLACK = 200;

/** Text of a small subtree, or null when it holds more than `maxChars` characters or `maxNodes` nodes. */
function shortTextOf(element: Element, maxChars: number, maxNodes = 16): string | null {
  let text = '';
  let nodes = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (++nodes > maxNodes) return false;
      if (child.nodeType === 3 || child.nodeType === 4) {
        text += (child as Text).data;
        if (text.length > maxChars + WHITESPACE_SLACK) return false;
      } else if (child.nodeType === 1 && !walk(child)) return false;
    }
    return true;
  };
  if (!walk(element)) return null;
  const squashed = text.replace(/\s+/g, ' ').trim();
  return squashed.length > maxChars ? null : squashed;
}

/** Longest label (an ad slot's "Advertisement", a timestamp line) and promo line read, in characters. */
const LABEL_MAX_CHARS = 48;
const PROMO_MAX_CHARS = 220;
const AD_LABEL = /^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored content|paid content|anzeige|werbung|publicité|publicidad|pubblicità|reklama|reklam|реклама|жарнама)(?:\s*[-–—:|·]?\s*(?:scroll|continue reading)[\p{L}\s]*)?$/iu;
const PUNCTUATION_ONLY = /^[\s\p{P}\p{S}]*$/u;

/**
 * A block that is only a label: an ad slot's "Advertisement", or a timestamp line (live-blog entry
 * times, "Updated" stamps) whose words all lie in `<time>` elements. A `<time>` standing on its own
 * line between blocks is a label too; one inside a sentence is text.
 */
function isLabelBlock(element: Element, text: string): boolean {
  if (text.length === 0 || text.length > LABEL_MAX_CHARS) return false;
  if (AD_LABEL.test(text)) return true;
  const times = element.getElementsByTagName('time');
  if (times.length === 0) return false;
  let rest = text;
  for (const time of times) rest = rest.replace((time.textContent ?? '').replace(/\s+/g, ' ').trim(), '');
  return PUNCTUATION_ONLY.test(rest);
}

/** A `<time>` on a line of its own, between blocks, rather than inside a sentence. */
function standsAlone(time: Element): boolean {
  const parent = time.parentElement;
  return !!parent && [...parent.children].some((child) => child !== time && isBlock(child));
}

/** What a promo line starts with before its link: "Read more:", "READ MORE |", "Читайте также →". */
const PROMO_LEAD = /^[\p{L}\s]{0,30}[:|»›→>]\s*$/u;

/**
 * An editor's promo line in the body: a paragraph that is one link to another story, alone or after
 * a short label ending in a colon ("Read more: <a>…</a>"). A sentence that merely links a name keeps
 * words of its own around the link and is text.
 */
function isPromoLinkBlock(element: Element, text: string): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'P' && tag !== 'DIV') return false;
  if (!text) return false;
  const links = [...element.querySelectorAll('a[href]')];
  if (links.length !== 1) return false;
  const linked = (links[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
  const at = text.indexOf(linked);
  if (linked.length === 0 || at < 0) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + linked.length);
  if (!PUNCTUATION_ONLY.test(after)) return false;
  return PUNCTUATION_ONLY.test(before) ? linked.length >= 20 : PROMO_LEAD.test(before);
}

/** Most list items a link list is checked for; longer lists are left to the scoring. */
const MAX_LINK_LIST_ITEMS = 40;

/**
 * A list whose every item is one link and nothing else ("Related topics", "More on this story"):
 * a reading list, not text. Items with words outside their link are text, even if they link.
 */
function isLinkList(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return false;
  const items = element.children;
  if (items.length === 0 || items.length > MAX_LINK_LIST_ITEMS) return false;
  for (const item of items) {
    if (item.tagName.toUpperCase() !== 'LI') return false;
    const text = shortTextOf(item, 200, 12);
    const links = item.getElementsByTagName('a');
    if (!text || links.length !== 1) return false;
    const linked = (links[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!PUNCTUATION_ONLY.test(text.replace(linked, ''))) return false;
  }
  return true;
}

/**
 * A box that is a link list under a short title ("Related Topics", "More on this story:"): the
 * title goes with the list. Up to four children; the ones besides the list hold a few words.
 */
function isLinkBox(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'DIV' && tag !== 'SECTION') return false;
  const children = element.children;
  if (children.length < 2 || children.length > 4) return false;
  let lists = 0;
  let words = 0;
  for (const child of children) {
    if (isLinkList(child)) {
      lists++;
      continue;
    }
    const text = shortTextOf(child, 80, 8);
    if (text === null) return false;
    words += text.length;
  }
  if (lists === 0 || words > 80) return false;
  for (const node of element.childNodes) if (node.nodeType === 3 && (node as Text).data.trim() !== '') return false;
  return true;
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
