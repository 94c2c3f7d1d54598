import { emptyMetadata, type Clip } from '../clip/model';
import type { DigestHighlight } from './context';

/**
 * Two made-up clips for the template editor's preview when the week has none of the user's own.
 * Fields left empty on purpose show how a template copes with what is missing.
 */
const base = (id: string, arxivId: string, createdAt: string): Clip => ({
  ...emptyMetadata(`https://arxiv.org/abs/${arxivId}v1`),
  canonicalKey: `arxiv:${arxivId}`,
  kind: 'arxiv',
  arxivId,
  arxivVersion: 1,
  absUrl: `https://arxiv.org/abs/${arxivId}v1`,
  siteName: 'arXiv',
  content: '',
  warnings: [],
  summary: { tldr: '', problem: '', method: '', results: '', future: '' },
  tags: [],
  status: 'done',
  rating: null,
  id,
  createdAt,
  updatedAt: createdAt,
});

export const SAMPLE_CLIPS: Clip[] = [
  {
    ...base('sample-1', '2401.00001', '2026-01-05T09:00:00.000Z'),
    title: 'A Sample Paper on Efficient Attention',
    authors: ['Ada Example', 'Bo Sample', 'Chen Placeholder', 'Dana Doe'],
    published: '2024-01-01',
    primaryCategory: 'cs.CL',
    categories: ['cs.CL'],
    tags: ['efficiency'],
    rating: 5,
    summary: {
      tldr: 'A one-line takeaway of the sample paper.',
      problem: 'What the paper sets out to fix.',
      method: 'How it goes about it, with $O(n \\log n)$ math kept as written.',
      results: 'What it found.',
      future: 'Where it could go next.',
    },
  },
  {
    ...base('sample-2', '2401.00002', '2026-01-06T09:00:00.000Z'),
    title: '示例论文：检索增强生成',
    authors: ['张三', '李四'],
    published: '2024-01-02',
    primaryCategory: 'cs.IR',
    categories: ['cs.IR'],
    tags: ['检索'],
    summary: { tldr: '示例论文的一句话总结。', problem: '', method: '先检索，再生成。', results: '', future: '' },
  },
];

export const SAMPLE_HIGHLIGHTS: DigestHighlight[] = [
  { clipId: 'sample-1', quote: 'A sentence the reader highlighted.', note: 'And what they thought of it.', color: 'yellow', createdAt: '2026-01-05T10:00:00.000Z' },
];
