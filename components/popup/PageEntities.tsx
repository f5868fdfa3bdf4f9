import type { PageStatus } from '@/lib/messages';

/** Context cards for everything recognised on the page. */
export function PageEntities({ page }: { tabId: number; page: PageStatus }) {
  return (
    <section aria-label="On this page">
      <p role="status">{page.title || page.url}</p>
    </section>
  );
}
