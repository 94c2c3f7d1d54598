/** 内置中文周报模板：结构与英文模板相同（见 en.ts），措辞按中文博客与公众号的习惯。 */
export const ZH_TEMPLATE = `# {{ title }}

{{ intro }}

{% if toc and count > 1 %}
## 目录

{% for clip in clips -%}
{{ clip.number }}. {{ clip.title | oneline | escape_md }}{% if clip.toSummarize %}（待总结）{% endif %}
{% endfor %}
{% endif %}

{% for group in groups %}
{% if grouped %}
## {{ group.name | oneline | upcase_first | escape_md }}
{% endif %}
{% for clip in group.clips %}
{% assign name = clip.title | oneline | escape_md %}
{% if clip.link %}{% capture name %}[{{ name }}]({{ clip.link }}){% endcapture %}{% endif %}
{% if grouped %}
### {{ clip.number }}. {{ name }}
{% else %}
## {{ clip.number }}. {{ clip.topic | oneline | upcase_first | escape_md }}

**{{ name }}**
{% endif %}

{% assign meta = "" | split: "" %}
{% if clip.authors.size > 0 %}{% assign part = clip.authorsText | oneline | escape_md | prepend: "作者：" %}{% assign meta = meta | push: part %}{% endif %}
{% if clip.arxivLabel %}{% assign part = "arXiv:" | append: clip.arxivLabel %}{% assign meta = meta | push: part %}{% elsif clip.site != blank and clip.site != clip.authorsText %}{% assign part = clip.site | escape_md | prepend: "来源：" %}{% assign meta = meta | push: part %}{% endif %}
{% if clip.published %}{% assign part = clip.published | date: "%Y-%m-%d" | prepend: "发表于 " %}{% assign meta = meta | push: part %}{% endif %}
{% if meta.size > 0 %}
{{ meta | join: " · " }}
{% endif %}

{% if clip.toSummarize %}
*待总结：这篇论文还没有写笔记。*
{% endif %}
{% if clip.tldr != blank %}
**一句话总结**：{{ clip.tldr }}
{% endif %}
{% if clip.problem != blank %}
**研究问题**

{{ clip.problem }}
{% endif %}
{% if clip.method != blank %}
**方法**

{{ clip.method }}
{% endif %}
{% if clip.results != blank %}
**实验结果**

{{ clip.results }}
{% endif %}
{% if clip.future != blank %}
**未来方向**

{{ clip.future }}
{% endif %}
{% if clip.highlights.size > 0 %}
**原文摘录**

{% for highlight in clip.highlights limit: 3 %}
{{ highlight.quote | blockquote }}

{% if highlight.note != blank %}
*批注*：{{ highlight.note }}
{% endif %}

{% endfor %}
{% endif %}
{% endfor %}
{% endfor %}

{% if count > 1 %}
## 推荐阅读

{% for clip in recommended -%}
- {% if clip.link %}[{{ clip.title | oneline | escape_md }}]({{ clip.link }}){% else %}{{ clip.title | oneline | escape_md }}{% endif %}{% if clip.tldr != blank %}：{{ clip.tldr | oneline }}{% endif %}
{% endfor %}
{% endif %}
`;
