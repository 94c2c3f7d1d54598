import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { frontMatterBlock, yamlMapping, yamlQuote } from '@/lib/export/yaml-write';
import { readYamlMapping, splitFrontMatter, type YamlNode } from '@/lib/export/yaml-read';

/** Any well-formed string: every code point, controls and line separators included. */
const anyText = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.toWellFormed());
/** Strings made of the characters that break naive front matter. */
const nastyText = fc
  .array(fc.constantFrom(':', ' ', '#', '-', '"', "'", '\\', '\n', '\r', '\t', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '?', ',', 'a', '中', '文', '…', '\u2028', '\u0085', '\ufeff', 'yes', 'no', 'null', '~', '1', '.5', 'e3'), { maxLength: 20 })
  .map((parts) => parts.join(''));
const text = fc.oneof(anyText, nastyText);

function scalarOf(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' ? node.value.text : undefined;
}

describe('yamlQuote', () => {
  test('escapes quotes, backslashes, line breaks and invisible separators', () => {
    expect(yamlQuote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(yamlQuote('line\nnext\u2028\u0085')).toBe('"line\\nnext\\u2028\\u0085"');
    expect(yamlQuote('注意力机制：综述')).toBe('"注意力机制：综述"');
  });

  test('what we write, a YAML 1.2 parser reads back as the same string', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(parseYaml(`title: ${yamlQuote(value)}\n`)).toEqual({ title: value });
      }),
      { numRuns: 400 },
    );
  });

  test('and a YAML 1.1 parser (Jekyll, older Hugo) too', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(parseYaml(`title: ${yamlQuote(value)}\n`, { version: '1.1' })).toEqual({ title: value });
      }),
      { numRuns: 200 },
    );
  });
});

describe('yamlMapping', () => {
  test('writes lists as block sequences and scalars by type', () => {
    expect(yamlMapping([['title', 'T'], ['tags', ['a', 'b']], ['none', []], ['draft', false], ['rating', 4], ['doi', null]])).toBe(
      'title: "T"\ntags:\n  - "a"\n  - "b"\nnone: []\ndraft: false\nrating: 4\ndoi: null\n',
    );
  });

  test('refuses keys that are not plain identifiers', () => {
    expect(() => yamlMapping([['a: b', 'x']])).toThrow(/not a plain identifier/);
  });

  test('mappings of any strings and lists parse back to the same value', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), fc.boolean(), (title, tags, draft) => {
        const yaml = yamlMapping([['title', title], ['tags', tags], ['draft', draft]]);
        expect(parseYaml(yaml)).toEqual({ title, tags, draft });
      }),
      { numRuns: 300 },
    );
  });
});

describe('readYamlMapping', () => {
  test('reads back everything yamlMapping writes', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (title, tags) => {
        const map = readYamlMapping(yamlMapping([['title', title], ['tags', tags]]));
        expect(scalarOf(map.get('title'))).toBe(title);
        const list = map.get('tags');
        expect(list?.kind === 'list' ? list.items.map((item) => item.text) : []).toEqual(tags);
      }),
      { numRuns: 400 },
    );
  });

  test('reads what another YAML writer makes of any string (plain, quoted, folded, block scalars)', () => {
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 3 }), (title, tags) => {
        const yaml = stringifyYaml({ title, tags });
        // Compared with what the writer's own parser reads, not with the input: that writer is
        // lossy for a few all-blank values (" \n" becomes a `|+` block whose blank line YAML
        // reads as "\n"), and we must agree with YAML there, not with the string it was given.
        const expected = parseYaml(yaml) as { title: string; tags: string[] };
        const map = readYamlMapping(yaml);
        expect(scalarOf(map.get('title'))).toBe(expected.title);
        const list = map.get('tags');
        expect(list?.kind === 'list' ? list.items.map((item) => item.text) : [], yaml).toEqual(expected.tags);
      }),
      { numRuns: 400 },
    );
  });

  test('an all-blank block scalar is read as YAML reads it (found by fast-check)', () => {
    const yaml = stringifyYaml({ title: '', tags: [' \n', ''] });
    const read = readYamlMapping(yaml).get('tags');
    expect(read?.kind === 'list' ? read.items.map((item) => item.text) : null).toEqual(parseYaml(yaml).tags);
    expect(parseYaml(yaml).tags).toEqual(['\n', '']);
  });

  test('reads flow sequences, comments, single quotes, block scalars and skips nested maps', () => {
    const map = readYamlMapping(
      [
        '# a comment',
        'tags: [nlp, "a, b", \'it\'\'s\']',
        'title: \'Q: what\'\'s "new"\' # trailing comment',
        'nested:',
        '  inner: 1',
        'abstract: >-',
        '  folded',
        '  text',
        '',
        '  next para',
        'rating: 4',
        'plain: just words # note',
      ].join('\n'),
    );
    const tags = map.get('tags');
    expect(tags?.kind === 'list' ? tags.items.map((item) => item.text) : null).toEqual(['nlp', 'a, b', "it's"]);
    expect(scalarOf(map.get('title'))).toBe('Q: what\'s "new"');
    expect(scalarOf(map.get('abstract'))).toBe('folded text\nnext para');
    expect(map.get('rating')).toEqual({ kind: 'scalar', value: { text: '4', plain: true } });
    expect(scalarOf(map.get('plain'))).toBe('just words');
    expect(map.has('inner')).toBe(false);
  });
});

describe('frontMatterBlock / splitFrontMatter', () => {
  test('split finds the YAML and the body, with or without a BOM and CRLF', () => {
    const doc = `${frontMatterBlock([['title', 'x']])}\n# Body\n`;
    expect(splitFrontMatter(doc)).toEqual({ yaml: 'title: "x"\n', body: '\n# Body\n' });
    expect(splitFrontMatter(`\uFEFF---\r\ntitle: x\r\n---\r\nbody`)).toEqual({ yaml: 'title: x\n', body: 'body' });
    expect(splitFrontMatter('# No front matter\n---\n')).toBeNull();
    expect(splitFrontMatter('---\ntitle: never closed\n')).toBeNull();
  });
});

describe('dates', () => {
  test('a calendar date is written as a plain YAML timestamp; anything else is refused', () => {
    expect(yamlMapping([['date', { date: '2026-11-22' }]])).toBe('date: 2026-11-22\n');
    expect(() => yamlMapping([['date', { date: '2026-11-22: oops' }]])).toThrow(/not a YYYY-MM-DD date/);
  });
});
