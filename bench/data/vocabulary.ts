/**
 * Words and sentence patterns for generated clips: the vocabulary of ML/NLP papers and of the
 * notes people write about them, in English and Simplified Chinese. Topics are listed roughly
 * from the most to the least common (generate-clips.ts draws them Zipf-like). `{a}`, `{b}`, `{c}` are
 * filled with topics, `{m}` with methods, `{d}` with datasets, `{n}` with numbers.
 */

export const EN_TOPICS = [
  'attention', 'sparse attention', 'state space models', 'knowledge distillation', 'mixture of experts',
  'retrieval-augmented generation', 'instruction tuning', 'reinforcement learning from human feedback',
  'contrastive learning', 'diffusion models', 'long-context modeling', 'quantization', 'pruning',
  'speculative decoding', 'chain-of-thought reasoning', 'in-context learning', 'tokenization',
  'multilingual pretraining', 'machine translation', 'named entity recognition', 'question answering',
  'summarization', 'code generation', 'vision-language models', 'reward modeling',
  'preference optimization', 'low-rank adaptation', 'positional encodings', 'layer normalization',
  'scaling laws', 'data curation', 'hallucination detection', 'model editing',
  'mechanistic interpretability', 'sparse autoencoders', 'graph neural networks', 'speech recognition',
  'text-to-image generation', 'embedding models', 'agents', 'large language models', 'transformers',
  'fine-tuning', 'benchmarks', 'alignment', 'evaluation', 'pretraining data', 'vision transformers',
  'federated learning', 'active learning', 'curriculum learning', 'meta-learning', 'few-shot learning',
  'zero-shot transfer', 'domain adaptation', 'continual learning', 'catastrophic forgetting',
  'adversarial robustness', 'differential privacy', 'membership inference', 'watermarking', 'jailbreaks',
  'red teaming', 'constitutional AI', 'self-consistency', 'tree search', 'program synthesis',
  'theorem proving', 'math word problems', 'table understanding', 'document retrieval', 'dense retrieval',
  'sparse retrieval', 'reranking', 'query expansion', 'entity linking', 'relation extraction',
  'coreference resolution', 'semantic parsing', 'dependency parsing', 'part-of-speech tagging',
  'sentiment analysis', 'stance detection', 'fact verification', 'misinformation', 'dialogue systems',
  'task-oriented dialogue', 'persona consistency', 'text style transfer', 'paraphrase generation',
  'data augmentation', 'synthetic data', 'knowledge graphs', 'commonsense reasoning', 'causal inference',
  'calibration', 'uncertainty estimation', 'out-of-distribution detection', 'label noise',
  'weak supervision', 'contrastive decoding', 'beam search', 'nucleus sampling', 'length generalization',
  'grokking', 'double descent', 'neural tangent kernels', 'optimizer design', 'learning rate schedules',
  'mixed precision training', 'pipeline parallelism', 'tensor parallelism', 'KV cache compression',
  'early exit', 'token merging', 'vocabulary expansion', 'byte-level models', 'character-level models',
  'morphology', 'low-resource languages', 'code-switching', 'sign language', 'music generation',
  'video understanding', 'image captioning', 'visual question answering',
  'OCR-free document understanding', 'embodied agents', 'tool use', 'web agents', 'planning',
  'world models',
];

export const EN_METHODS = [
  'Transformer', 'Mamba', 'LoRA', 'DPO', 'PPO', 'BERT', 'GPT-4', 'Llama', 'T5', 'CLIP', 'FlashAttention',
  'RoPE', 'ALiBi', 'QLoRA', 'GRPO', 'RWKV', 'S4', 'Hyena', 'Mixtral', 'Qwen', 'DeepSeek', 'Gemma',
];

export const DATASETS = [
  'GLUE', 'SuperGLUE', 'MMLU', 'GSM8K', 'HumanEval', 'SQuAD', 'WMT14', 'C4', 'The Pile', 'ImageNet',
  'LongBench', 'MATH', 'ARC', 'HellaSwag', 'TruthfulQA', 'CMMLU', 'C-Eval', 'BIG-bench',
];

export const EN_SENTENCES = [
  'We propose a new approach to {a} that builds on {m} and scales to billions of parameters.',
  'Our method improves {a} by combining it with {b}, without extra training cost.',
  'Experiments on {d} show gains of {n} points over strong baselines.',
  'We study why {a} fails when inputs are long, and trace it to {b}.',
  'The key idea is to replace {b} with a cheaper form of {a}.',
  'Ablations show that {c} matters more than model size.',
  'We release code, data and checkpoints to support research on {a}.',
  'Compared with {m}, our model is {n}x faster at inference time.',
  'Theoretical analysis explains the link between {a} and {c}.',
  'A simple recipe for {a}: start from {m}, then fine-tune on {d}.',
  'This survey covers recent work on {a}, {b} and {c}.',
  'Results on {d} suggest that {a} transfers poorly to low-resource languages.',
];

export const ZH_TOPICS = [
  '知识蒸馏', '注意力机制', '稀疏注意力', '状态空间模型', '大语言模型', '强化学习', '对比学习',
  '预训练', '指令微调', '检索增强生成', '长上下文', '混合专家', '模型量化', '剪枝',
  '推理加速', '多模态', '扩散模型', '评测基准', '幻觉问题', '人类对齐', '奖励模型',
  '思维链', '数据清洗', '损失函数', '梯度消失', '优化器', '训练稳定性', '参数高效微调',
  '低秩适配', '位置编码', '分词', '机器翻译', '代码生成', '智能体', '向量检索', '可解释性',
  '投机解码', '上下文学习', '偏好优化', '语音识别', '大模型', '微调', '预训练数据',
  '评估方法', '视觉Transformer', '联邦学习', '主动学习', '课程学习', '元学习',
  '小样本学习', '零样本迁移', '领域自适应', '持续学习', '灾难性遗忘', '对抗鲁棒性', '差分隐私',
  '成员推断', '水印', '越狱攻击', '红队测试', '自洽性', '树搜索', '程序合成', '定理证明',
  '数学应用题', '表格理解', '文档检索', '稠密检索', '稀疏检索', '重排序', '查询扩展',
  '实体链接', '关系抽取', '指代消解', '语义解析', '依存句法分析', '词性标注', '情感分析',
  '立场检测', '事实核查', '虚假信息', '对话系统', '任务型对话', '风格迁移', '复述生成',
  '数据增强', '合成数据', '知识图谱', '常识推理', '因果推断', '置信度校准', '不确定性估计',
  '分布外检测', '标签噪声', '弱监督', '对比解码', '束搜索', '核采样', '长度泛化',
  '顿悟现象', '双下降', '神经正切核', '学习率调度', '混合精度训练', '流水线并行', '张量并行',
  'KV缓存压缩', '提前退出', '词表扩充', '字节级模型', '低资源语言', '语码转换', '手语',
  '音乐生成', '视频理解', '图像描述', '视觉问答', '具身智能', '工具调用', '网页智能体',
  '任务规划', '世界模型',
];

export const ZH_SENTENCES = [
  '本文提出了一种基于{a}的新方法，在{d}上取得了显著提升。',
  '作者发现{a}在输入很长时效果变差，原因在于{b}。',
  '核心思路是用{a}替代{b}，几乎不增加训练成本。',
  '实验表明{c}比模型规模更重要，提升约{n}个点。',
  '与{m}相比，推理速度快了{n}倍，显存占用也更低。',
  '这篇综述系统整理了{a}、{b}和{c}的最新进展。',
  '方法很简单：先用{m}初始化，再在{d}上做{a}。',
  '局限：只在英文数据上验证，{a}在中文场景下是否有效还不清楚。',
  '值得一读，尤其是关于{b}的消融实验部分。',
  '未来可以把{a}和{c}结合起来，也许能缓解{b}。',
  '我觉得{a}这个方向还有很多问题没有解决，比如{b}。',
  '复现时注意学习率和{b}的设置，否则训练不稳定。',
];

export const EN_TITLE_PATTERNS = [
  '{A} for {B}', 'Efficient {A} with {M}', 'Scaling {A} to Long Contexts', 'Rethinking {A}',
  '{M}: {A} Made Simple', 'On the Limits of {A}', 'Towards Robust {A}', '{A} Is All You Need',
  'A Survey of {A}', 'Understanding {A} through {B}', 'Fast {A} via {B}', '{A} without {B}',
];

export const ZH_TITLE_PATTERNS = [
  '{a}综述', '从零理解{a}', '{a}在{b}中的应用', '{m}与{a}：读书笔记', '一文读懂{a}', '{a}的原理与实践',
];

export const FIRST_NAMES = [
  'Ashish', 'Noam', 'Albert', 'Tri', 'Geoffrey', 'Yoshua', 'Yann', 'Fei-Fei', 'Andrej', 'Ilya', 'Percy',
  'Christopher', 'Dan', 'Emily', 'Sasha', 'Hugo', 'Tim', 'Jason', 'Denny', 'Xuezhi', 'Yi', 'Wei', 'Jian',
  'Kaiming', 'Zhilin', 'Jie', 'Li', 'Yu', 'Hao', 'Ming', 'Chen', 'Xin', 'Jiawei', 'Zhiyuan', 'Lin', 'Mei',
  'Ana', 'José', 'Zoë', 'François', 'Łukasz', 'Søren',
];

export const LAST_NAMES = [
  'Vaswani', 'Shazeer', 'Gu', 'Dao', 'Hinton', 'Bengio', 'LeCun', 'Li', 'Karpathy', 'Sutskever', 'Liang',
  'Manning', 'Jurafsky', 'Bender', 'Rush', 'Touvron', 'Dettmers', 'Wei', 'Zhou', 'Wang', 'Zhang', 'Chen',
  'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Xu', 'Sun', 'Ma', 'He', 'Lin', 'Kaiser', 'Müller', 'Gómez',
  'Chollet', 'Brown', 'Smith', 'Kingma', 'Radford',
];

export const ZH_NAMES = ['王小明', '李华', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴倩'];

export const TAGS = [
  'NLP', 'LLM', 'attention', 'efficiency', 'distillation', 'RLHF', 'alignment', 'reasoning', 'RAG',
  'long-context', 'state space', 'MoE', 'quantization', 'survey', 'benchmark', 'multimodal', 'diffusion',
  'agents', 'interpretability', 'translation', 'code', 'speech', 'vision', 'theory', 'to-reproduce',
  '蒸馏', '对齐', '推理', '高效', '综述', '必读', '复现', '多模态', '评测', '中文', '长文本',
];

export const SITES = [
  'Lil’Log', 'The Gradient', 'Hugging Face Blog', 'Distill', 'Jay Alammar', 'Sebastian Raschka',
  '知乎专栏', '机器之心', '量子位', 'Colah’s Blog', 'BAIR Blog', 'Google Research Blog',
];

export const CATEGORIES = ['cs.CL', 'cs.LG', 'cs.AI', 'cs.CV', 'stat.ML', 'cs.IR', 'eess.AS'];

/**
 * Real notes have a long tail of rare words (names, jargon, numbers) that templates lack; the
 * index's size depends on it. `{t}` is filled from a lexicon made of these syllables/characters.
 */
export const EN_SYLLABLES = [
  'ar', 'ba', 'co', 'de', 'el', 'fi', 'ga', 'hy', 'in', 'jo', 'ka', 'lu', 'mo', 'ne', 'or', 'pa', 'qu', 'ri',
  'so', 'ta', 'ul', 'va', 'we', 'xe', 'yo', 'ze', 'tron', 'net', 'form', 'graph', 'lex', 'morph', 'gen', 'ptr',
];

export const HAN_CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
