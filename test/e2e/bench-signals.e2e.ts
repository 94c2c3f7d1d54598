import { afterAll, beforeAll, expect, test } from 'vitest';
import { timeFirstSearch } from '../../bench/popup/open-popup';
import { launchGleaner, type Gleaner } from './harness';

// The bench reads the popup's search signal (bench/popup/open-popup.ts). These pages stand in
// for a popup that gives it, one that hides the box behind a tab, and one without search, so
// that a change on either side that would silently turn the figure into "not measured" fails here.

const SEARCH_PAGE = (behindTab: boolean) => `<!doctype html><html><body>
${behindTab ? '<div role="tablist"><button role="tab" id="tab">Search</button></div>' : ''}
<div id="view"></div>
<script>
  function showBox() {
    const box = document.createElement('input');
    // A text input with the combobox role, as an accessible search box with a result list is.
    box.type = 'text';
    box.setAttribute('role', 'combobox');
    box.addEventListener('input', () => {
      setTimeout(() => {
        document.getElementById('results').textContent = 'results for ' + box.value;
        performance.mark('gleaner:search-results', { detail: { query: box.value } });
      }, 5);
    });
    const results = document.createElement('ul');
    results.id = 'results';
    document.getElementById('view').append(box, results);
  }
  ${behindTab ? "document.getElementById('tab').addEventListener('click', showBox);" : 'showBox();'}
  // Recent clips before any query: a mark the bench must not count.
  performance.mark('gleaner:search-results', { detail: { query: '' } });
</script></body></html>`;

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
  gleaner.server.override('/bench-search.html', SEARCH_PAGE(false));
  gleaner.server.override('/bench-search-tab.html', SEARCH_PAGE(true));
  gleaner.server.override('/bench-no-search.html', '<!doctype html><html><body><p>No search here.</p></body></html>');
});
afterAll(async () => {
  await gleaner?.close();
});

test('the first search is timed from the input event to the results mark after it', async () => {
  const page = await gleaner.openPage('/bench-search.html');
  const ms = await timeFirstSearch(page, '蒸馏');
  expect(ms).not.toBeNull();
  expect(ms).toBeGreaterThanOrEqual(0);
  expect(await page.locator('#results').textContent()).toBe('results for 蒸馏');
});

test('a search box behind a "Search" tab is found', async () => {
  const page = await gleaner.openPage('/bench-search-tab.html');
  expect(await timeFirstSearch(page, 'attention')).not.toBeNull();
});

test('a page without a search box gives no figure rather than a wrong one', async () => {
  const page = await gleaner.openPage('/bench-no-search.html');
  expect(await timeFirstSearch(page, 'attention', 500)).toBeNull();
});
