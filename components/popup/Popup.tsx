import { browser } from 'wxt/browser';
import { useActivePage } from './useActivePage';
import { PageEntities } from './PageEntities';
import { PageHighlights } from './PageHighlights';
import { PageQuotes } from './PageQuotes';
import { PopupMemoryControls, PopupMemorySource } from './PopupMemory';
import './popup.css';

export function Popup() {
  const { tabId, page, error } = useActivePage();
  return (
    <main class="popup" aria-label="Backstory">
      <header class="popup-header">
        <h1>Backstory</h1>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
          Highlights library
        </a>
      </header>
      {error && (
        <p class="popup-error" role="status">
          {error}
        </p>
      )}
      {page && tabId !== null && (
        <>
          <PageQuotes tabId={tabId} />
          <PopupMemorySource pageUrl={page.pageUrl ?? page.url}>
            <PageEntities tabId={tabId} page={page} />
          </PopupMemorySource>
          <PageHighlights tabId={tabId} page={page} />
        </>
      )}
      <PopupMemoryControls />
    </main>
  );
}
