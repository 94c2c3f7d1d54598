import type TurndownService from 'turndown';

/**
 * `<pre>` → a fenced code block with its language, from the classes highlighters leave
 * (`language-x`, `lang-x`, `highlight-source-x`, `brush: x`) or `data-lang`, on the `<pre>`, its
 * `<code>` or a wrapper up to two levels above. Line-number gutters are dropped, `<br>` is a
 * line break, and the fence is longer than any backtick run in the code.
 */
const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang|highlight-source|highlight-text|brush:?)[-:\s]?([A-Za-z0-9_+#.-]+)/;
const NO_LANGUAGE = new Set(['none', 'nohighlight', 'plain', 'plaintext', 'text', 'txt', 'undefined', 'null']);
const GUTTER = /(?:^|\s)(?:pre-numbering|line-numbers-rows|hljs-ln-numbers|gutter|linenos?|lineno|line-numbers-wrapper|code-line-numbers)(?:\s|$)/;

export function languageOf(element: Element | null): string | null {
  for (let node = element, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const attribute = node.getAttribute('data-lang') ?? node.getAttribute('data-language');
    if (attribute) return normalize(attribute);
    const match = LANGUAGE_CLASS.exec(node.getAttribute('class') ?? '');
    if (match) return normalize(match[1]!);
  }
  return null;
}

function normalize(language: string): string | null {
  const clean = language.trim().toLowerCase().replace(/[^a-z0-9_+#.-]/g, '');
  return clean && !NO_LANGUAGE.has(clean) ? clean : null;
}

const BLOCK_LINE = new Set(['DIV', 'P', 'LI', 'TR']);

/** The code as typed: text, `<br>` as newlines, one line a block, gutters skipped. */
export function codeText(pre: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.nodeName === 'BR') out += '\n';
        else if (GUTTER.test(element.getAttribute('class') ?? '') || element.nodeName === 'BUTTON') continue;
        else {
          walk(element);
          if (BLOCK_LINE.has(element.nodeName) && !out.endsWith('\n')) out += '\n';
        }
      }
    }
  };
  walk(pre);
  return out.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

export function fenceFor(code: string, fence: string): string {
  const char = fence[0] ?? '`';
  let longest = 0;
  for (const run of code.match(char === '~' ? /~+/g : /`+/g) ?? []) longest = Math.max(longest, run.length);
  return char.repeat(Math.max(3, fence.length, longest + 1));
}

/** The language of a `<pre>` block, from its `<code>` or itself (and their wrappers). */
export function codeLanguage(pre: Element): string | null {
  return languageOf(pre.querySelector('code')) ?? languageOf(pre);
}

export function codeBlockRule(service: TurndownService): void {
  service.addRule('gleanerCodeBlock', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node, options) => {
      const pre = node as HTMLElement;
      const language = codeLanguage(pre) ?? '';
      const text = codeText(pre);
      if (!text.trim()) return '';
      const fence = fenceFor(text, options.fence ?? '```');
      return `\n\n${fence}${language}\n${text}\n${fence}\n\n`;
    },
  });
}
