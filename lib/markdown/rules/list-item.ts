import type TurndownService from 'turndown';

/**
 * List items with one space after the marker (`- item`, `3. item`) instead of Turndown's three,
 * continuation lines indented to the item's text so they stay in the item; `<ol start>` kept.
 */
export function listItemRule(service: TurndownService): void {
  service.addRule('gleanerListItem', {
    filter: 'li',
    replacement: (content, node, options) => {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = `${options.bulletListMarker ?? '-'} `;
      if (parent?.nodeName === 'OL') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
        const index = Array.prototype.indexOf.call(parent.children, node) as number;
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const body = content
        .replace(/^\n+/, '')
        // Trailing line ends (a final <br>, as WeChat writes every item) would turn into a blank,
        // indented line once continuation lines are indented.
        .replace(/[ \t]*(?:\n[ \t]*)*$/, '')
        .replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling ? '\n' : '');
    },
  });
}
