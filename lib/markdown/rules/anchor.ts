import type TurndownService from 'turndown';
import { ANCHOR_ATTRIBUTE, escapeAttribute } from '../placeholders';

/**
 * A link target inside the note (a bibliography entry that citations point at) →
 * `<a id="…"></a>` before its text: Markdown has no anchors of its own, and HTML anchors survive
 * the renderers (and our sanitizer, which keeps `id`).
 */
export function anchorRule(service: TurndownService): void {
  service.addRule('gleanerAnchor', {
    filter: (node) => node.nodeName === 'SPAN' && node.hasAttribute(ANCHOR_ATTRIBUTE),
    replacement: (content, node) => {
      const id = (node as HTMLElement).getAttribute(ANCHOR_ATTRIBUTE) ?? '';
      const text = content.replace(/\u200b/g, '');
      return id ? `<a id="${escapeAttribute(id)}"></a>${text}` : text;
    },
  });
}
