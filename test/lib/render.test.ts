import { expect, test } from 'vitest';
import { markdownToUnsafeHtml } from '@/lib/render/safe-html';

// Sanitizing itself is tested in real Chromium (test/e2e): DOMPurify is unsound on happy-dom.
test('Markdown converts to HTML with GFM tables', () => {
  const html = markdownToUnsafeHtml('# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
  expect(html).toContain('<h1>Title</h1>');
  expect(html).toContain('<td>1</td>');
});
