import TurndownService from 'turndown';
import type { GleanerTurndownOptions } from '@/lib/markdown/options';

/** A bare Turndown service with one rule under test, so each rule is tested alone. */
export function convertWith(rule: (service: TurndownService) => void, html: string, baseUrl?: string): string {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  rule(service);
  (service.options as GleanerTurndownOptions).baseUrl = baseUrl;
  return service.turndown(html);
}
