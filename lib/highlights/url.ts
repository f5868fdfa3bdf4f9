/**
 * The URL a page's highlights are filed under: the same article reached through a newsletter
 * link, a social share or a bookmark must find the same highlights.
 */

/** Query parameters that identify a campaign or a click, never the document. */
const TRACKING_PARAMETERS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid|ref_src|s_cid)$/i,
];

/** Fragments that are client-side routes (`#/story/12`, `#!story`), not places in a document. */
const ROUTE_FRAGMENT = /^#!|^#\//;

function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function cleaned(url: URL): string {
  // forEach, not the keys() iterator: Firefox content scripts see URL through Xray wrappers whose
  // iterators are not iterable.
  const tracking: string[] = [];
  url.searchParams.forEach((_value, name) => {
    if (TRACKING_PARAMETERS.some((pattern) => pattern.test(name))) tracking.push(name);
  });
  for (const name of tracking) url.searchParams.delete(name);
  if (!ROUTE_FRAGMENT.test(url.hash)) url.hash = '';
  // URLSearchParams leaves a bare "?" behind when every parameter went.
  return url.href.replace(/\?(?=#|$)/, '');
}

/**
 * `location` without tracking parameters and fragment, or the page's canonical link when it has a
 * usable one. A canonical pointing at the site's home page from a deeper page is a common
 * misconfiguration that would file every article together, so it is ignored.
 */
export function normalisePageUrl(location: string, canonical?: string | null): string {
  const here = new URL(location);
  if (canonical) {
    try {
      const declared = new URL(canonical, here);
      const pointsHome = declared.pathname === '/' && !declared.search && here.pathname !== '/';
      if (isWebUrl(declared) && !pointsHome) return cleaned(declared);
    } catch {
      // An unparsable canonical link is the page's mistake; the location still identifies it.
    }
  }
  return cleaned(here);
}

/** The site as a reader names it: host without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
