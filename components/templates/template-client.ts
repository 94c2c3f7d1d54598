import { createClient, type Result } from '@/lib/protocol';
import type { TemplateCalls } from '@/lib/digest/template-store';
import type { OptionsPlatform } from '../options/options-platform';

/**
 * Template writes go to the background like every other write. The options platform's `call`
 * is typed for BackgroundCalls; the message it sends is the same `{call, args}` envelope, so the
 * template calls ride on it (the background answers both maps, see entrypoints/background).
 */
export function templateClient(platform: OptionsPlatform) {
  const send = platform.call as unknown as (name: string, args: unknown) => Promise<Result<unknown>>;
  return createClient<TemplateCalls>((envelope) => send(envelope.call, envelope.args));
}
