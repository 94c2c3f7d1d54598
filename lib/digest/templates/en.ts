/**
 * The built-in English digest: title, intro naming the topics, contents, one numbered section per
 * paper (topic heading, linked title, authors, TL;DR, problem / method / results / future
 * directions, key quotes), and a closing reading list. Blank lines left by tags are tidied away
 * after rendering (tidy.ts), so the template is written for reading, not for whitespace control.
 */
export const EN_TEMPLATE = `# {{ title }}

{{ intro }}

{% if toc and count > 1 %}
## Contents

{% for clip in clips -%}
{{ clip.number }}. {{ clip.title | oneline | escape_md }}{% if clip.toSummarize %} *(to summarize)*{% endif %}
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
{% if clip.authors.size > 0 %}{% assign part = clip.authorsText | oneline | escape_md %}{% assign meta = meta | push: part %}{% endif %}
{% if clip.arxivLabel %}{% assign part = "arXiv:" | append: clip.arxivLabel %}{% assign meta = meta | push: part %}{% elsif clip.site != blank and clip.site != clip.authorsText %}{% assign part = clip.site | escape_md %}{% assign meta = meta | push: part %}{% endif %}
{% if clip.published %}{% assign part = clip.published | date: "%b %-d, %Y" %}{% assign meta = meta | push: part %}{% endif %}
{% if meta.size > 0 %}
{{ meta | join: " · " }}
{% endif %}

{% if clip.toSummarize %}
*To summarize: no notes on this paper yet.*
{% endif %}
{% if clip.tldr != blank %}
**TL;DR:** {{ clip.tldr }}
{% endif %}
{% if clip.problem != blank %}
**Problem**

{{ clip.problem }}
{% endif %}
{% if clip.method != blank %}
**Method**

{{ clip.method }}
{% endif %}
{% if clip.results != blank %}
**Results**

{{ clip.results }}
{% endif %}
{% if clip.future != blank %}
**Future directions**

{{ clip.future }}
{% endif %}
{% if clip.highlights.size > 0 %}
**Key quotes**

{% for highlight in clip.highlights limit: 3 %}
{{ highlight.quote | blockquote }}

{% if highlight.note != blank %}
*My note:* {{ highlight.note }}
{% endif %}

{% endfor %}
{% endif %}
{% endfor %}
{% endfor %}

{% if count > 1 %}
## Recommended reading

{% for clip in recommended -%}
- {% if clip.link %}[{{ clip.title | oneline | escape_md }}]({{ clip.link }}){% else %}{{ clip.title | oneline | escape_md }}{% endif %}{% if clip.tldr != blank %}: {{ clip.tldr | oneline }}{% endif %}
{% endfor %}
{% endif %}
`;
