import { Liquid, LiquidError, filters, type Context, type Template } from 'liquidjs';
import { absoluteUrl, blockquote, escapeInline, oneLine } from '../export/markdown-inline';
import { andList, etAl, type DigestLang } from './phrases';

/**
 * Digest templates are Liquid (LiquidJS): it interprets templates, never compiling them to
 * JavaScript, so it runs under the MV3 extension-page CSP that forbids eval/new Function (its
 * browser build has neither; Handlebars and Eta compile to functions and do not run there).
 *
 * Settings: undefined variables render as nothing (a template written for a field that a clip
 * lacks must not print "undefined"); unknown filters are errors (a typo should say so, with its
 * line and column); templates cannot include files; a render stops after RENDER_LIMIT_MS.
 */

export interface TemplateError {
  /** What is wrong, without the position. */
  message: string;
  line: number | null;
  column: number | null;
  /** The lines around the error, with a marker, as LiquidJS prints them. */
  excerpt: string | null;
}

export type Compiled = { ok: true; template: Template[] } | { ok: false; error: TemplateError };

const RENDER_LIMIT_MS = 20_000;

/** What `this` is inside a Liquid filter. */
interface FilterImpl {
  context: Context;
}
type DateFilter = (this: FilterImpl, value: unknown, format?: string, zone?: number | string) => unknown;
const liquidDate = filters.date as unknown as DateFilter;

/** Filters our templates add to Liquid's standard ones. */
function registerFilters(liquid: Liquid): void {
  const lang = (impl: FilterImpl): DigestLang => (impl.context.getSync(['lang']) === 'zh' ? 'zh' : 'en');
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  // Liquid's `date` reads a bare `2026-11-16` as UTC midnight and shifts it into the user's zone,
  // which turns it into the 15th west of Greenwich. A calendar date has no zone: keep its day.
  liquid.registerFilter('date', function (this: FilterImpl, value: unknown, format?: string, zone?: number | string) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return liquidDate.call(this, `${value}T00:00:00Z`, format, zone ?? 0);
    }
    return value === null || value === undefined || value === '' ? '' : liquidDate.call(this, value, format, zone);
  });
  liquid.registerFilter('et_al', function (this: FilterImpl, authors: unknown, shown?: number) {
    return Array.isArray(authors) ? etAl(authors.map(text), lang(this), shown) : text(authors);
  });
  liquid.registerFilter('and_list', function (this: FilterImpl, items: unknown) {
    return Array.isArray(items) ? andList(items.map(text), lang(this)) : text(items);
  });
  liquid.registerFilter('blockquote', (value: unknown) => (text(value).trim() ? blockquote(text(value)) : ''));
  liquid.registerFilter('escape_md', (value: unknown) => escapeInline(text(value)));
  liquid.registerFilter('oneline', (value: unknown) => oneLine(text(value)));
  // Liquid's `capitalize` lower-cases the rest ("NLP tasks" → "Nlp tasks"); this only raises the first letter.
  liquid.registerFilter('upcase_first', (value: unknown) => text(value).replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  liquid.registerFilter('absolute_url', (value: unknown) => absoluteUrl(text(value)) ?? '');
}

const engines = new Map<string, Liquid>();

/** One engine per time zone and locale (they decide what `date` prints); engines are reused. */
export function engineFor(timeZone: string, locale: string): Liquid {
  const key = `${timeZone}|${locale}`;
  let liquid = engines.get(key);
  if (!liquid) {
    liquid = new Liquid({
      strictFilters: true,
      strictVariables: false,
      ownPropertyOnly: true,
      timezoneOffset: timeZone,
      locale,
      templates: {},
      renderLimit: RENDER_LIMIT_MS,
    });
    registerFilters(liquid);
    engines.set(key, liquid);
  }
  return liquid;
}

export function toTemplateError(error: unknown): TemplateError {
  if (error instanceof LiquidError) {
    const position = error.token?.getPosition?.();
    const message = error.message.replace(/, line:\d+, col:\d+$/, '');
    return { message, line: position?.[0] ?? null, column: position?.[1] ?? null, excerpt: error.context || null };
  }
  return { message: error instanceof Error ? error.message : String(error), line: null, column: null, excerpt: null };
}

const parsed = new WeakMap<Liquid, Map<string, Template[]>>();

/** Parses a template (cached per engine and text). */
export function compileTemplate(source: string, liquid: Liquid = engineFor('UTC', 'en')): Compiled {
  let cache = parsed.get(liquid);
  if (!cache) parsed.set(liquid, (cache = new Map()));
  const hit = cache.get(source);
  if (hit) return { ok: true, template: hit };
  try {
    const template = liquid.parse(source);
    if (cache.size > 50) cache.clear();
    cache.set(source, template);
    return { ok: true, template };
  } catch (error) {
    return { ok: false, error: toTemplateError(error) };
  }
}

export type Rendered = { ok: true; text: string } | { ok: false; error: TemplateError };

export function renderTemplate(source: string, scope: object, timeZone: string, locale: string): Rendered {
  const liquid = engineFor(timeZone, locale);
  const compiled = compileTemplate(source, liquid);
  if (!compiled.ok) return compiled;
  try {
    return { ok: true, text: liquid.renderSync(compiled.template, scope) as string };
  } catch (error) {
    return { ok: false, error: toTemplateError(error) };
  }
}

/** `Line 3, column 5: tag {% if %} not closed` */
export function describeTemplateError(error: TemplateError): string {
  return error.line === null ? error.message : `Line ${error.line}, column ${error.column}: ${error.message}`;
}
