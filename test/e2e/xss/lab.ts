import path from 'node:path';
import { build, type Rollup } from 'vite';
import type { Page } from 'playwright-core';
import { ROOT } from '../paths';
import type { Payload } from './payloads';

/**
 * lib/render/safe-html.ts, bundled as the extension bundles it (DOMPurify and marked included) into
 * one IIFE that defines `GleanerSafeHtml` in the page it is evaluated in. Nothing is added to the
 * extension itself for testing.
 */
export async function bundleSafeHtml(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(ROOT, 'lib/render/safe-html.ts'), formats: ['iife'], name: 'GleanerSafeHtml' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const chunk = output.output[0];
  return chunk.code;
}

export type LabMode = 'raw' | 'html' | 'markdown';

export interface LabReport {
  /** Payload ids whose code ran (the canary was called). */
  hits: string[];
  /** Dangerous things found in the live DOM after insertion, as `payload: what`. */
  survivors: string[];
  outputs: Record<string, string>;
  /** `securitypolicyviolation` events: something tried to run and the page's CSP stopped it. */
  violations: string[];
}

/**
 * Runs payloads through the sanitizer (or not, for `raw`), inserts each output into the live page,
 * re-parses what the browser serialized (mutation XSS shows up there), activates what a click
 * would, waits for asynchronous handlers, and reports what ran and what survived.
 */
export function runLab(page: Page, payloads: Payload[], mode: LabMode): Promise<LabReport> {
  return page.evaluate(
    async ({ payloads, mode }) => {
      const w = window as unknown as {
        __hits: string[];
        __xss(id: string): void;
        GleanerSafeHtml: { sanitizeHtml(h: string): string; markdownToSafeHtml(m: string): string };
      };
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        const where = e.target instanceof Element ? e.target.closest('[data-payload]')?.getAttribute('data-payload') : null;
        violations.push(`${where ?? 'page'}: ${e.violatedDirective} ${e.blockedURI}`);
      });
      w.__hits = [];
      w.__xss = (id) => w.__hits.push(id);
      const render = (input: string) =>
        mode === 'raw' ? input : mode === 'html' ? w.GleanerSafeHtml.sanitizeHtml(input) : w.GleanerSafeHtml.markdownToSafeHtml(input);

      const DANGEROUS_ELEMENTS = 'script,iframe,frame,frameset,object,embed,form,meta,base,style,link,template,noscript';
      const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'to', 'from', 'values', 'background', 'poster'];
      const BAD_URL = /^\s*(javascript|vbscript|data:(?!image\/(png|gif|jpe?g|webp)))/i;
      const survivors: string[] = [];
      const outputs: Record<string, string> = {};
      // Read through Element.prototype: a clobbering payload may shadow `attributes` or `localName`.
      const names = (el: Element) => Element.prototype.getAttributeNames.call(el);
      const value = (el: Element, name: string) => Element.prototype.getAttribute.call(el, name) ?? '';
      const tag = (el: Element) => Object.getOwnPropertyDescriptor(Element.prototype, 'localName')!.get!.call(el) as string;
      const inspect = (id: string, box: Element) => {
        for (const el of box.querySelectorAll(DANGEROUS_ELEMENTS)) survivors.push(`${id}: <${tag(el)}>`);
        for (const el of [box, ...box.querySelectorAll('*')]) {
          for (const raw of names(el)) {
            const name = raw.toLowerCase();
            if (name.startsWith('on')) survivors.push(`${id}: ${tag(el)}[${name}]`);
            if (name === 'style' || name === 'srcdoc') survivors.push(`${id}: ${tag(el)}[${name}]`);
            if (URL_ATTRIBUTES.includes(name) && BAD_URL.test(value(el, raw).replace(/[\u0000-\u0020]/g, ''))) {
              survivors.push(`${id}: ${tag(el)}[${name}=${value(el, raw).slice(0, 40)}]`);
            }
          }
        }
      };

      // Sanitize everything first. Chromium reports a CSP violation as soon as markup with an
      // inline handler is parsed, even into the sanitizer's inert document where nothing can run;
      // only violations from inserting the OUTPUT into the live page count.
      for (const payload of payloads) outputs[payload.id] = render(payload.html);
      await new Promise((resolve) => setTimeout(resolve, 100));
      violations.length = 0;

      const out = document.createElement('div');
      document.body.append(out);
      for (const payload of payloads) {
        const box = document.createElement('div');
        box.dataset.payload = payload.id;
        out.append(box);
        box.innerHTML = outputs[payload.id]!;
        box.innerHTML = box.innerHTML; // a second parse: where mutation XSS comes alive
        inspect(payload.id, box);
      }
      // Clobbering: the page's own API must still be what it was.
      if (typeof document.getElementById !== 'function') survivors.push('clobbered: document.getElementById');
      if (!(document.body instanceof HTMLBodyElement)) survivors.push('clobbered: document.body');
      if (typeof w.__xss !== 'function') survivors.push('clobbered: window.__xss');
      // What a click would run: script URLs on links and controls.
      for (const el of out.querySelectorAll<HTMLElement>('a[href], area[href], button, input[type=submit]')) {
        const href = el.getAttribute('href') ?? el.getAttribute('formaction') ?? '';
        if (/^\s*(javascript|vbscript):/i.test(href.replace(/[\u0000-\u0020]/g, '')) || el.closest('form')) el.click();
      }
      for (const el of out.querySelectorAll('details')) (el as HTMLDetailsElement).open = !(el as HTMLDetailsElement).open;
      await new Promise((resolve) => setTimeout(resolve, 700));
      return { hits: [...w.__hits], survivors, outputs, violations };
    },
    { payloads, mode },
  );
}
