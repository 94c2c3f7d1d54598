import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildDigest, type DigestOptions } from '@/lib/digest/build';
import { lintDigest } from '@/lib/digest/lint';
import { makeClip, makeHighlight } from '../../fixtures/digest/make-clip';

const week = { year: 2026, week: 47 };
const options: DigestOptions = { lang: 'en', timeZone: 'UTC', now: new Date('2026-11-22T12:00:00Z'), period: { kind: 'week', week } };
const summarized = makeClip({ id: 'one', title: 'Sparse: attention "at scale" #1', summary: { tldr: 'Short.' }, tags: ['efficiency'] });
const bare = makeClip({ id: 'two', arxivId: '2401.00002', title: 'Unread', authors: [] });

function ok(outcome: ReturnType<typeof buildDigest>) {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.digest;
}

describe('buildDigest', () => {
  test('leaves out clips without a summary by default, or marks them', () => {
    const left = ok(buildDigest([summarized, bare], [], options));
    expect(left).toMatchObject({ count: 1, excluded: 1 });
    expect(left.body).not.toContain('Unread');
    const marked = ok(buildDigest([summarized, bare], [], { ...options, missingSummary: 'mark' }));
    expect(marked).toMatchObject({ count: 2, excluded: 0 });
    expect(marked.body).toContain('*To summarize: no notes on this paper yet.*');
  });

  test('a paper missing every optional field still reads cleanly', () => {
    const sparse = makeClip({ arxivId: null, url: 'https://blog.example/p', title: 'Bare', authors: [], published: null, siteName: null, summary: { tldr: 'Only this.' } });
    const digest = ok(buildDigest([sparse], [], options));
    expect(lintDigest(digest.body)).toEqual([]);
    expect(digest.body).toContain('**[Bare](https://blog.example/p)**\n\nblog.example\n\n**TL;DR:** Only this.');
    expect(digest.body).not.toMatch(/Problem|Method|Results|Future|Contents|Recommended/);
  });

  test('a clip whose address is not absolute gets no link', () => {
    const local = makeClip({ arxivId: null, url: 'file:///home/me/paper.html', absUrl: null, title: 'Local', summary: { tldr: 'x' } });
    const digest = ok(buildDigest([local, summarized], [], options));
    expect(digest.body).toContain('**Local**');
    expect(lintDigest(digest.body)).toEqual([]);
  });

  test('front matter: valid YAML for any title, with the week\'s tags and a date', () => {
    const digest = ok(buildDigest([summarized], [], { ...options, title: '- "Weird": #title\nline', frontMatter: { draft: true } }));
    const yaml = digest.markdown.slice(4, digest.markdown.indexOf('\n---\n'));
    expect(parseYaml(yaml)).toEqual({ title: '- "Weird": #title\nline', date: '2026-11-22', tags: ['efficiency'], categories: ['Paper digest'], draft: true });
    expect(digest.markdown.endsWith(digest.body)).toBe(true);
  });

  test('highlights are quoted oldest first, with notes', () => {
    const h1 = makeHighlight('one', 'second quote', '', '2026-11-18T00:00:00Z');
    const h2 = makeHighlight('one', 'first quote', 'why it matters', '2026-11-17T00:00:00Z');
    const body = ok(buildDigest([summarized], [h1, h2, makeHighlight('other', 'not ours')], options)).body;
    expect(body).toContain('**Key quotes**\n\n> first quote\n\n*My note:* why it matters\n\n> second quote\n');
    expect(body).not.toContain('not ours');
  });

  test('file names follow the period', () => {
    expect(ok(buildDigest([summarized], [], options)).fileName).toBe('2026-W47-paper-digest.md');
    expect(ok(buildDigest([summarized], [], { ...options, period: { kind: 'range', from: '2026-11-01', to: '2026-11-30' } })).fileName).toBe('2026-11-01_2026-11-30-paper-digest.md');
    expect(ok(buildDigest([summarized], [], { ...options, period: { kind: 'other' } })).fileName).toBe('2026-11-22-paper-digest.md');
  });

  test('a user template gets every variable; a broken one returns its error', () => {
    const template = '{{ title }}|{{ count }}|{{ week }}|{{ from }}..{{ to }}|{% for c in clips %}{{ c.number }}:{{ c.arxivId }}:{{ c.tldr }}:{{ c.bibKey }}:{{ c.clippedOn }}{% endfor %}';
    expect(ok(buildDigest([summarized], [], { ...options, template })).body).toBe('Paper digest 2026-W47: 1 paper worth reading|1|2026-W47|2026-11-16..2026-11-22|1:2411.01234:Short.:lovelace2024sparse:2026-11-17\n');
    const broken = buildDigest([summarized], [], { ...options, template: '{% if %}' });
    expect(broken.ok).toBe(false);
  });

  test('grouping by topic renumbers papers in the order they appear', () => {
    const a = makeClip({ id: 'a', arxivId: '2401.1', tags: ['x'], title: 'A', summary: { tldr: 'a' } });
    const b = makeClip({ id: 'b', arxivId: '2401.2', tags: ['y'], title: 'B', summary: { tldr: 'b' } });
    const c = makeClip({ id: 'c', arxivId: '2401.3', tags: ['x'], title: 'C', summary: { tldr: 'c' } });
    const body = ok(buildDigest([a, b, c], [], { ...options, groupByTopic: true, toc: false })).body;
    expect(body.match(/^#{2,3} .*$/gm)).toEqual(['## X', '### 1. [A](https://arxiv.org/abs/2401.1)', '### 2. [C](https://arxiv.org/abs/2401.3)', '## Y', '### 3. [B](https://arxiv.org/abs/2401.2)', '## Recommended reading']);
  });
});
