/**
 * XSS payloads for the sanitizer, each calling the canary `__xss(id)` if it ever runs. Drawn from
 * the classic families: script elements, event handlers, `javascript:`/`data:` URLs, SVG and MathML
 * namespace tricks, mutation XSS (markup that changes meaning when re-parsed), form/meta/base/
 * style/iframe elements, and DOM clobbering.
 */
export interface Payload {
  id: string;
  html: string;
}

const c = (id: string) => `__xss('${id}')`;

export const HTML_PAYLOADS: Payload[] = [
  { id: 'script', html: `<script>${c('script')}</script>` },
  { id: 'img-onerror', html: `<img src="x:y" onerror="${c('img-onerror')}">` },
  { id: 'img-onerror-unquoted', html: `<IMG SRC=/ onerror=${c('img-onerror-unquoted')}>` },
  { id: 'svg-onload', html: `<svg onload="${c('svg-onload')}"></svg>` },
  { id: 'svg-script', html: `<svg><script>${c('svg-script')}</script></svg>` },
  { id: 'svg-animate', html: `<svg><animate onbegin="${c('svg-animate')}" attributeName="x" dur="1s"/></svg>` },
  { id: 'svg-set-href', html: `<svg><a><set attributeName="href" to="javascript:${c('svg-set-href')}"/><text y="20">x</text></a></svg>` },
  { id: 'svg-xlink', html: `<svg><a xlink:href="javascript:${c('svg-xlink')}"><text y="20">x</text></a></svg>` },
  { id: 'svg-foreign', html: `<svg><foreignObject><img src="x:y" onerror="${c('svg-foreign')}"></foreignObject></svg>` },
  { id: 'math-href', html: `<math><mi xlink:href="javascript:${c('math-href')}">x</mi></math>` },
  { id: 'mxss-math-style', html: `<math><mtext><table><mglyph><style><img src="x:y" onerror="${c('mxss-math-style')}">` },
  { id: 'mxss-svg-style', html: `<svg></p><style><a id="</style><img src=x:y onerror=${c('mxss-svg-style')}>">` },
  { id: 'mxss-noscript', html: `<noscript><p title="</noscript><img src=x:y onerror=${c('mxss-noscript')}>">` },
  { id: 'mxss-form-math', html: `<form><math><mtext></form><form><mglyph><style></math><img src=x:y onerror="${c('mxss-form-math')}">` },
  { id: 'mxss-comment', html: `<!--><img src=x:y onerror=${c('mxss-comment')}>-->` },
  { id: 'template', html: `<template><img src="x:y" onerror="${c('template')}"></template><div>after</div>` },
  { id: 'details', html: `<details open ontoggle="${c('details')}"><summary>s</summary></details>` },
  { id: 'autofocus', html: `<input autofocus onfocus="${c('autofocus')}">` },
  { id: 'video-source', html: `<video><source src="x:y" onerror="${c('video-source')}"></video>` },
  { id: 'body-onload', html: `<body onload="${c('body-onload')}">` },
  { id: 'js-href', html: `<a id="js-href" href="javascript:${c('js-href')}">link</a>` },
  { id: 'js-href-case', html: `<a href="JaVaScRiPt:${c('js-href-case')}">link</a>` },
  { id: 'js-href-entity', html: `<a href="&#106;avascript:${c('js-href-entity')}">link</a>` },
  { id: 'js-href-tab', html: `<a href="java&#x09;script:${c('js-href-tab')}">link</a>` },
  { id: 'js-href-space', html: `<a href=" javascript:${c('js-href-space')}">link</a>` },
  { id: 'vbscript', html: `<a href="vbscript:msgbox(1)">link</a>` },
  { id: 'data-html', html: `<a href="data:text/html,<script>${c('data-html')}</script>">link</a>` },
  { id: 'iframe-js', html: `<iframe src="javascript:parent.${c('iframe-js')}"></iframe>` },
  { id: 'iframe-srcdoc', html: `<iframe srcdoc="<script>parent.${c('iframe-srcdoc')}</script>"></iframe>` },
  { id: 'object', html: `<object data="javascript:${c('object')}"></object>` },
  { id: 'embed', html: `<embed src="javascript:${c('embed')}">` },
  { id: 'form-action', html: `<form action="javascript:${c('form-action')}"><button id="go">go</button></form>` },
  { id: 'formaction', html: `<button formaction="javascript:${c('formaction')}">go</button>` },
  { id: 'meta-refresh', html: `<meta http-equiv="refresh" content="0;url=javascript:${c('meta-refresh')}">` },
  { id: 'base', html: `<base href="javascript:${c('base')}//"><a href="/x">x</a>` },
  { id: 'style-element', html: `<style>body{background:url("javascript:${c('style-element')}")}</style>` },
  { id: 'style-attr', html: `<div style="background-image:url(javascript:${c('style-attr')})">x</div>` },
  { id: 'link-import', html: `<link rel="stylesheet" href="javascript:${c('link-import')}">` },
  { id: 'marquee', html: `<marquee onstart="${c('marquee')}">m</marquee>` },
  { id: 'clobber-getElementById', html: `<img name="getElementById"><form name="body"></form>` },
  { id: 'clobber-window', html: `<a id="__xss">clobber</a><form id="__settings"><input name="enabled" value="1"></form>` },
  { id: 'clobber-attributes', html: `<form id="f"><input name="attributes"><input name="nodeName"></form>` },
];

/** Markdown as a user (or a clipped page turned into Markdown) might write it. */
export const MARKDOWN_PAYLOADS: Payload[] = [
  { id: 'md-js-link', html: `[click](javascript:${c('md-js-link')})` },
  { id: 'md-js-link-encoded', html: `[click](javascript&#58;${c('md-js-link-encoded')})` },
  { id: 'md-img-attr', html: `![x](x:y"onerror="${c('md-img-attr')})` },
  { id: 'md-raw-html', html: `Text <img src="x:y" onerror="${c('md-raw-html')}"> more` },
  { id: 'md-script', html: `<script>${c('md-script')}</script>` },
  { id: 'md-autolink', html: `<javascript:${c('md-autolink')}>` },
  { id: 'md-data-link', html: `[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)` },
  { id: 'md-html-block', html: `<div>\n\n<svg onload="${c('md-html-block')}"></svg>\n\n</div>` },
  { id: 'md-ref-link', html: `[x][r]\n\n[r]: javascript:${c('md-ref-link')}` },
];
