/** Author names as metadata writes them → as people write them. */

/** `Vaswani, Ashish` → `Ashish Vaswani`; names without a comma are kept as written. */
export function displayName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  // "Smith, Jr., John" and other shapes with more commas are too ambiguous to reorder.
  if (!first || !last || first.includes(',')) return name;
  return `${first} ${last}`;
}

/** A byline with its boilerplate removed (`By Jane Doe` → `Jane Doe`, `作者：张三` → `张三`). */
export function cleanByline(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:by|written by|posted by)\s+/i, '')
    .replace(/^(?:作者|文|撰文)\s*[:：|]\s*/, '')
    .trim();
}

/** Names in order, without blanks or repeats. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}
