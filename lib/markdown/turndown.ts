import TurndownService from 'turndown';
// @ts-expect-error the plugin ships no types
import { gfm } from '@joplin/turndown-plugin-gfm';

/** The Markdown converter every clip uses: ATX headings, fenced code, `-` bullets, GFM tables. */
export function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  service.use(gfm);
  return service;
}
