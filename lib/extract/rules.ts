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
  // Reader threads not called "comments" (Medium's "responses", WordPress's `#respond`, "replies"),
  // and notes set apart from the story (footnotes and endnotes, and the marks that point at them).
  'respond', 'responses', 'replies', 'footnote', 'footnotes', 'endnote', 'endnotes',
]);

/**
 * schema.org types (microdata `itemtype`) that declare a block as something other than the story:
 * a FAQ and its questions, reader comments, breadcrumbs, and the WebPage parts for ads, sidebars,
 * headers, footers and navigation.
 */
const SKIPPED_ITEMTYPE =
  /schema\.org\/(?:FAQPage|Question|Answer|Comment|UserComments|BreadcrumbList|WPAdBlock|WPSideBar|WPHeader|WPFooter|SiteNavigationElement)\b/i;

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
  const itemtype = element.getAttribute('itemtype');
  if (itemtype !== null && SKIPPED_ITEMTYPE.test(itemtype)) return true;
  if (isLinkList(element) || isLinkBox(element) || isReferenceMark(element) || isTitledBox(element)) return true;
  // One bounded read of a short block serves the checks on its words; long blocks give up early.
  const tag = element.tagName.toUpperCase();
  const block = isBlock(element);
  const text = block || CREDIT_INLINE_TAGS.has(tag) ? shortTextOf(element, LEGAL_MAX_CHARS, 40) : null;
  if (text !== null) {
    const short = text.length <= PROMO_MAX_CHARS ? text : null;
    if (text.length <= CREDIT_MAX_CHARS && isCreditLine(text)) return true;
    if (!block && isHeadlineAboveByline(element, text)) return true;
    if (block && short !== null && (isLabelBlock(element, short) || isPromoLinkBlock(element, short) || isLinkBar(element) || isCallToAction(element))) return true;
    if (block && isLegalLine(text)) return true;
  }
  if (tag === 'TIME' && standsAlone(element)) return true;
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

/** Inline elements that old layouts use as a line of their own (`<font>`, `<i>`) for a byline or a sign-off. */
const CREDIT_INLINE_TAGS = new Set(['FONT', 'SPAN', 'I', 'EM', 'SMALL', 'B', 'STRONG']);
/** Longest sign-off read (a wire story's credits name up to a dozen people and places), in characters. */
const CREDIT_MAX_CHARS = 400;
/** Longest legal line ("Copyright … All rights reserved …") read, in characters. */
const LEGAL_MAX_CHARS = 600;

/**
 * Who wrote and edited the story, not the story: a wire sign-off ("Reporting by A in Moscow; Editing
 * by B", "(Writing by …)"), an agency's "X contributed to this report", or a byline line ("By A and
 * B · Monday, February 24"). A sentence that starts "By Tuesday, …" or "Reporting by state media
 * showed …" ends as a sentence does, so it stays.
 */
const SIGN_OFF = /^[([]?\s*(?:(?:additional|further|compiled|writing|reporting|editing|edited|written|reported|research|researched|produced|graphics|translated|translation|fact-checking)\s+)+by\s+/iu;
const CAPITAL = /^\p{Lu}/u;
const CONTRIBUTED = /\bcontributed(?:\s+reporting)?(?:\s+to)?(?:\s+(?:this|the))?\s+(?:report|reporting|story|article)\b[\s.)\]]*$/iu;
const CONTRIBUTED_WORD = /contributed/i;
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*(?:\s*(?:[·|•,–—-]|$)|\s+in\s+\p{Lu})/u;
/** A sentence's end: "!", "?", "…", a quote's close, or a full stop after a word (not after "U.N."). */
const ENDS_LIKE_A_SENTENCE = /(?:[!?…"”’]|(?:\p{Ll}|\d|^)\p{L}?\.)\s*$/u;
const SENTENCE_INSIDE = /[.!?]["”’]?\s+\p{Lu}\p{Ll}/u;

function isCreditLine(text: string): boolean {
  if (text.length === 0) return false;
  const credit = SIGN_OFF.exec(text);
  if (credit && CAPITAL.test(text.slice(credit[0].length)) && !SENTENCE_INSIDE.test(text) && (!ENDS_LIKE_A_SENTENCE.test(text) || /[)\]]\s*$/.test(text) || text.includes(';'))) return true;
  // Cheap literal tests first: the case-folding and Unicode-class patterns, compiled afresh on every
  // page and run on every short block, took 5.5 ms of the fixture's ~43 ms in a Chromium profile.
  if (CONTRIBUTED_WORD.test(text) && CONTRIBUTED.test(text)) return true;
  return text.length <= 150 && text.startsWith('By') && BYLINE.test(text) && !ENDS_LIKE_A_SENTENCE.test(text);
}

/**
 * An old layout's headline: a line of its own (`<font size="4"><b>…</b></font><br>`) with no
 * sentence end, right above a byline line. Pages with no semantic markup (print views) set their
 * headline and byline this way inside the same cell as the body.
 */
function isHeadlineAboveByline(element: Element, text: string): boolean {
  if (text.length === 0 || text.length > PROMO_MAX_CHARS || ENDS_LIKE_A_SENTENCE.test(text)) return false;
  let next = element.nextSibling;
  let breaks = 0;
  for (; next; next = next.nextSibling) {
    if (next.nodeType === 3 && PUNCTUATION_ONLY.test((next as Text).data)) continue;
    if (next.nodeType === 1 && (next as Element).tagName.toUpperCase() === 'BR') {
      breaks++;
      continue;
    }
    break;
  }
  if (breaks === 0 || !next || next.nodeType !== 1) return false;
  const line = shortTextOf(next as Element, PROMO_MAX_CHARS, 12);
  return line !== null && BYLINE.test(line) && !ENDS_LIKE_A_SENTENCE.test(line);
}

/** A print view's or an old site's legal line: "Copyright © 2025 …", "… All rights reserved." */
const LEGAL = /\ball rights reserved\b|^(?:copyright\b|©|\(c\)\s*\d{4})/iu;

function isLegalLine(text: string): boolean {
  return LEGAL.test(text);
}

/**
 * A footnote or reference mark: a `<sup>` that holds only a link to a place on the same page
 * (Wikipedia's "[1]", a long read's "2"). Its digits are not words of the sentence.
 */
function isReferenceMark(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'SUP') return false;
  const link = element.firstElementChild;
  if (!link || link !== element.lastElementChild || link.tagName.toUpperCase() !== 'A') return false;
  if (!(link.getAttribute('href') ?? '').trim().startsWith('#')) return false;
  return (element.textContent ?? '').trim() === (link.textContent ?? '').trim();
}

/**
 * A box known by its title: a first-child heading (or a table's caption) that names a fact box, a
 * FAQ or a reading list ("Key facts: …", "At a glance", "Frequently asked questions", "Read more",
 * "Related coverage", "See also", "More on this story", "You may also like").
 */
const BOX_TITLE =
  /^(?:key facts|fast facts|quick facts|facts? ?box|facts at a glance|at a glance|faqs?\b|frequently asked questions|read more|read also|also read|see also|related(?:\s+(?:stories|coverage|articles|content|topics|news|reading|links))?|more on this(?:\s+(?:story|topic))?|you may also like|you might also like|recommended(?:\s+(?:for you|stories|reading))?)(?![\p{L}])/iu;
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'TABLE', 'DETAILS']);

function isTitledBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const first = element.firstElementChild;
  if (!first) return false;
  const firstTag = first.tagName.toUpperCase();
  if (!/^(?:H[2-6]|CAPTION|SUMMARY)$/.test(firstTag)) return false;
  // Text before the heading means the heading is not the box's title.
  for (let node = element.firstChild; node && node !== first; node = node.nextSibling) {
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return false;
  }
  const title = shortTextOf(first, 80, 8);
  return title !== null && BOX_TITLE.test(title);
}

/** Words in a link's address that lead to a sign-up, membership or donation page. */
const CALL_TO_ACTION_WORDS = new Set(['subscribe', 'subscription', 'subscriptions', 'signup', 'membership', 'newsletter', 'newsletters', 'donate', 'donation', 'donations', 'contribute', 'upgrade']);
const CALL_TO_ACTION_BOXES = new Set(['DIV', 'SECTION', 'ASIDE']);

/**
 * A short box (not a paragraph) whose link leads to a subscription, membership or donation page:
 * "Become a member", "Subscribe now", "Support us", whatever the box's class names.
 */
function isCallToAction(element: Element): boolean {
  if (!CALL_TO_ACTION_BOXES.has(element.tagName.toUpperCase())) return false;
  const links = element.getElementsByTagName('a');
  if (links.length === 0 || links.length > 2) return false;
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (words(href.replace(/^[a-z]+:\/\/[^/]*/i, '')).some((word) => CALL_TO_ACTION_WORDS.has(word))) return true;
  }
  return false;
}

/**
 * A short bar of links and buttons ("Purchase Licensing Rights", "Suggested Topics"): every word is
 * in a link or a control, and there are at least two of them. (A block that is one link is judged as
 * a promo line.)
 */
function isLinkBar(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'P' && tag !== 'DIV') return false;
  let controls = 0;
  let loose = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !loose; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!PUNCTUATION_ONLY.test((child as Text).data)) loose = true;
      } else if (child.nodeType === 1) {
        const childTag = (child as Element).tagName.toUpperCase();
        if (childTag === 'A' || childTag === 'BUTTON') controls++;
        else walk(child);
      }
    }
  };
  walk(element);
  return !loose && controls >= 2;
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
