import type { Clip, ClipKind, ReadingStatus } from '@/lib/clip/model';

/**
 * A library of generated clips, the same on every run (seeded): half English, half Chinese
 * summaries, arXiv papers and blog posts, Markdown content of 2–50 KB (log-uniform). Runs in the
 * browser (bundled by bench/browser/bundle.ts) and in Node. Clip `i` is built from its index
 * alone, so a library can be generated and written in batches.
 */

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = (
  'attention transformer sparse dense retrieval augmented generation distillation student teacher model ' +
  'language large small efficient scaling law token context window long sequence state space memory ' +
  'alignment preference reward policy optimization reinforcement learning human feedback benchmark ' +
  'evaluation dataset corpus pretraining finetuning instruction tuning adapter low rank quantization ' +
  'inference latency throughput decoding speculative beam search sampling temperature multilingual ' +
  'chinese english translation summarization reasoning chain thought mathematical proof code synthesis ' +
  'vision encoder decoder contrastive embedding mixture experts routing gating layer normalization ' +
  'gradient descent convergence stability robustness hallucination factuality calibration uncertainty'
).split(' ');
const ZH = (
  '知识蒸馏 注意力机制 大语言模型 状态空间模型 检索增强生成 对齐 偏好优化 强化学习 人类反馈 评测基准 数据集 ' +
  '预训练 指令微调 低秩适配 量化 推理加速 投机解码 长上下文 多语言 机器翻译 文本摘要 思维链 数学推理 代码生成 ' +
  '视觉编码器 对比学习 混合专家 路由 归一化 梯度下降 收敛性 鲁棒性 幻觉 事实性 校准 不确定性 稀疏注意力 教师模型 学生模型'
).split(' ');
const ZH_GLUE = ['本文提出', '我们发现', '实验表明', '相比基线', '该方法', '在此基础上', '进一步', '结果显示', '作者认为', '值得注意的是'];
const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Smith', 'Garcia', 'Müller', 'Kim', 'Nguyen', 'Vaswani', 'Dubois', 'Tanaka', 'Okafor', 'Ivanova'];
const GIVEN = ['Wei', 'Jing', 'Hao', 'Yan', 'Anna', 'James', 'Lucía', 'Jonas', 'Min-jun', 'Linh', 'Ashish', 'Claire', 'Yuki', 'Chidi', 'Olga'];
const TAGS = ['llm', 'nlp', 'distillation', 'rlhf', 'retrieval', 'efficiency', 'long-context', 'ssm', 'moe', 'evaluation', 'multilingual', 'reasoning', 'code', 'vision', 'alignment', '蒸馏', '对齐', '推理', '长文本', '评测'];
const STATUSES: ReadingStatus[] = ['to-read', 'reading', 'done'];

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function enSentence(next: () => number, words = 8 + Math.floor(next() * 14)): string {
  const out = Array.from({ length: words }, () => pick(next, EN));
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  if (next() < 0.15) out.splice(2, 0, `$\\mathcal{O}(n^{${1 + Math.floor(next() * 3)}})$`);
  return `${out.join(' ')}.`;
}

function zhSentence(next: () => number): string {
  const parts = Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick(next, ZH));
  return `${pick(next, ZH_GLUE)}${parts.join('与')}的方法在${pick(next, ZH)}上更有效。`;
}

function paragraph(next: () => number, zh: boolean): string {
  const count = 2 + Math.floor(next() * 5);
  return Array.from({ length: count }, () => (zh ? zhSentence(next) : enSentence(next))).join(zh ? '' : ' ');
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Markdown of about `bytes` UTF-8 bytes: numbered sections, paragraphs, some math and code. */
function content(next: () => number, zh: boolean, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    let block: string;
    const roll = next();
    if (roll < 0.08) block = `## ${(section += 1)} ${enSentence(next, 3).slice(0, -1)}`;
    else if (roll < 0.11) block = `$$\n\\sum_{i=1}^{n} \\alpha_i x_i = ${Math.floor(next() * 100)}\n$$`;
    else if (roll < 0.13) block = '```python\nfor step in range(steps):\n    loss = model(batch).mean()\n    loss.backward()\n```';
    else block = paragraph(next, zh && next() < 0.7);
    parts.push(block);
    size += utf8Length(block) + 2;
  }
  return parts.join('\n\n');
}

export interface GenerateOptions {
  seed: number;
  /** Clips are spread over the two years before this date (ISO), newest last. */
  until?: string;
  /** Total clips in the library (spreads the dates). */
  total: number;
}

const DAY = 86_400_000;

/** Clip number `index` of the library. */
export function generateClip(index: number, { seed, total, until = '2026-11-20T12:00:00.000Z' }: GenerateOptions): Clip {
  const next = random(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const zh = next() < 0.5;
  const kind: ClipKind = next() < 0.6 ? 'arxiv' : next() < 0.8 ? 'blog' : 'scholarly';
  const created = Date.parse(until) - 730 * DAY + Math.floor(((index + next()) / total) * 730 * DAY);
  const updated = created + Math.floor(next() * 30 * DAY);
  // yymm of the clip's date, then a number unique to the index (5 digits up to 89,999 clips).
  const arxivId = `${new Date(created).toISOString().slice(2, 7).replace('-', '')}.${10_000 + index}`;
  const url = kind === 'arxiv' ? `https://arxiv.org/abs/${arxivId}` : `https://blog${index % 97}.example.com/posts/${index}`;
  const authorCount = 1 + Math.floor(next() * 6);
  const summarized = next() < 0.7;
  const field = () => (summarized ? (zh ? zhSentence(next) : enSentence(next)) + (next() < 0.5 ? (zh ? zhSentence(next) : ` ${enSentence(next)}`) : '') : '');
  const title = zh && kind === 'blog' ? `${pick(next, ZH)}：${pick(next, ZH)}${pick(next, ZH_GLUE)}` : enSentence(next, 5 + Math.floor(next() * 6)).slice(0, -1);
  const bytes = Math.round(2000 * Math.exp(next() * Math.log(25)));
  const id = `${created.toString(36).padStart(9, '0')}${index.toString(36).padStart(8, '0')}`;
  return {
    id,
    url,
    canonicalKey: kind === 'arxiv' ? `arxiv:${arxivId}` : `url:${url}`,
    kind,
    title,
    authors: Array.from({ length: authorCount }, () => `${pick(next, GIVEN)} ${pick(next, SURNAMES)}`),
    abstract: kind === 'blog' ? null : paragraph(next, false),
    published: new Date(created).toISOString().slice(0, 10),
    updated: new Date(updated).toISOString().slice(0, 10),
    arxivId: kind === 'arxiv' ? arxivId : null,
    arxivVersion: kind === 'arxiv' ? 1 + Math.floor(next() * 3) : null,
    primaryCategory: kind === 'arxiv' ? 'cs.CL' : null,
    categories: kind === 'arxiv' ? ['cs.CL', 'cs.LG'] : [],
    comments: null,
    journalRef: null,
    doi: null,
    pdfUrl: kind === 'arxiv' ? `https://arxiv.org/pdf/${arxivId}` : null,
    htmlUrl: kind === 'arxiv' ? `https://arxiv.org/html/${arxivId}` : null,
    absUrl: kind === 'arxiv' ? url : null,
    siteName: kind === 'arxiv' ? 'arXiv' : `blog${index % 97}`,
    lang: zh ? 'zh-CN' : 'en',
    leadImage: null,
    content: content(next, zh, bytes),
    warnings: [],
    summary: { tldr: field(), problem: field(), method: field(), results: field(), future: field() },
    tags: [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(next, TAGS)))],
    status: pick(next, STATUSES),
    rating: next() < 0.3 ? 1 + Math.floor(next() * 5) : null,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
  };
}
