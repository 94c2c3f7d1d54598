/**
 * Ids that sort by creation time (a base-36 millisecond timestamp, then randomness), so that
 * "newest first" needs no extra lookup when only ids are at hand (search results).
 */
export function newId(now: Date = new Date()): string {
  const time = now.getTime().toString(36).padStart(9, '0');
  const random = new Uint8Array(8);
  crypto.getRandomValues(random);
  const tail = Array.from(random, (byte) => (byte % 36).toString(36)).join('');
  return `${time}${tail}`;
}
