import { describe, expect, it } from 'vitest';
import { normalisePageUrl, siteOf } from './url';

describe('normalisePageUrl', () => {
  it('drops tracking parameters and the fragment, keeping the parameters that choose the document', () => {
    expect(normalisePageUrl('https://news.test/a?id=7&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2#comments')).toBe('https://news.test/a?id=7');
    expect(normalisePageUrl('https://news.test/a?utm_campaign=z#top')).toBe('https://news.test/a');
  });

  it('prefers the canonical link, resolved against the page and cleaned the same way', () => {
    expect(normalisePageUrl('http://127.0.0.1:9/x.html?ref=1', 'https://example-news.test/story?utm_source=feed')).toBe('https://example-news.test/story');
    expect(normalisePageUrl('https://news.test/amp/story', '/story')).toBe('https://news.test/story');
  });

  it('ignores a canonical link that is unusable or points every article at the home page', () => {
    expect(normalisePageUrl('https://news.test/story', 'https://news.test/')).toBe('https://news.test/story');
    expect(normalisePageUrl('https://news.test/story', 'javascript:alert(1)')).toBe('https://news.test/story');
    expect(normalisePageUrl('https://news.test/story', 'http://[bad')).toBe('https://news.test/story');
    expect(normalisePageUrl('https://news.test/', 'https://news.test/')).toBe('https://news.test/');
  });

  it('keeps fragments that are client-side routes', () => {
    expect(normalisePageUrl('https://app.test/#/story/12?utm_source=x')).toBe('https://app.test/#/story/12?utm_source=x');
    expect(normalisePageUrl('https://app.test/#!story-12')).toBe('https://app.test/#!story-12');
  });

  it('names sites without www', () => {
    expect(siteOf('https://www.example-news.test/story')).toBe('example-news.test');
  });
});
