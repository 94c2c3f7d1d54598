import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildDigest } from '@/lib/digest/build';
import { compileTemplate } from '@/lib/digest/engine';
import { listTemplates } from '@/lib/digest/load';
import { SAMPLE_CLIPS, SAMPLE_HIGHLIGHTS } from '@/lib/digest/sample';
import { BUILTIN_TEMPLATES, isBuiltinId } from '@/lib/digest/templates';
import { currentIsoWeek, systemTimeZone } from '@/lib/export/iso-week';
import { markdownToSafeHtml } from '@/lib/render/safe-html';
import type { TemplateRow } from '@/lib/store/db';
import type { PanelProps } from '../options/panels';
import { TemplateHelp } from './TemplateHelp';
import { templateClient } from './template-client';
import '../digest/digest.css';

export interface TemplatesPanelProps extends PanelProps {
  /** How long typing must pause before the text is saved. */
  saveDelayMs?: number;
}

/** Options page › Templates: the built-in digest templates (read-only) and the user's own, with a live preview. */
export function TemplatesPanel({ platform, t, saveDelayMs = 400 }: TemplatesPanelProps) {
  const client = useMemo(() => templateClient(platform), [platform]);
  const [templates, setTemplates] = useState<TemplateRow[]>([]);
  const [selected, setSelected] = useState<string>(BUILTIN_TEMPLATES[0]!.id);
  const [draft, setDraft] = useState<{ name: string; body: string } | null>(null);
  const [status, setStatus] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const pending = useRef<{ id: string; name: string; body: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = () => listTemplates(platform.db).then(setTemplates);
  useEffect(() => void reload(), []);

  const flush = async () => {
    clearTimeout(timer.current);
    const save = pending.current;
    if (!save) return;
    pending.current = null;
    const reply = await client('saveTemplate', save);
    if (!reply.ok) setStatus(t('templatesSaveFailed', reply.error));
    else {
      setStatus(t('templatesSaved'));
      setTemplates((list) => list.map((row) => (row.id === save.id ? reply.value.template : row)));
    }
  };
  useEffect(() => () => void flush(), []);

  const builtin = BUILTIN_TEMPLATES.find((tpl) => tpl.id === selected);
  const row = templates.find((tpl) => tpl.id === selected);
  const body = builtin?.body ?? draft?.body ?? row?.body ?? '';
  const lang = builtin?.lang ?? (/^zh/i.test(platform.uiLanguage) ? 'zh' : 'en');
  const compiled = useMemo(() => compileTemplate(body), [body]);
  const working = compiled.ok ? body : (row?.workingBody ?? '');
  const preview = useMemo(() => {
    if (!working) return null;
    const now = new Date('2026-01-08T12:00:00Z');
    const outcome = buildDigest(SAMPLE_CLIPS, SAMPLE_HIGHLIGHTS, { lang, timeZone: systemTimeZone(), now, period: { kind: 'week', week: currentIsoWeek(now, 'UTC') }, template: working, missingSummary: 'mark' });
    return outcome.ok ? { html: markdownToSafeHtml(outcome.digest.body), error: null } : { html: '', error: outcome.error };
  }, [working, lang]);
  const error = !compiled.ok ? compiled.error : (preview?.error ?? null);

  const select = async (id: string) => {
    await flush();
    setSelected(id);
    setDraft(null);
    setConfirmDelete(false);
  };
  const edit = (change: Partial<{ name: string; body: string }>) => {
    if (!row) return;
    const next = { name: draft?.name ?? row.name, body: draft?.body ?? row.body, ...change };
    setDraft(next);
    pending.current = { id: row.id, ...next };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), saveDelayMs);
  };
  const copy = async () => {
    const reply = await client('saveTemplate', { name: t('templatesCopyName', builtin ? (builtin.lang === 'zh' ? '中文' : 'English') : (draft?.name ?? row?.name ?? '')), body });
    if (!reply.ok) return setStatus(t('templatesSaveFailed', reply.error));
    await reload();
    await select(reply.value.template.id);
  };
  const remove = async () => {
    if (!row) return;
    if (!confirmDelete) return setConfirmDelete(true);
    pending.current = null;
    const reply = await client('deleteTemplate', { id: row.id });
    if (!reply.ok) return setStatus(t('templatesSaveFailed', reply.error));
    await reload();
    await select(BUILTIN_TEMPLATES[0]!.id);
  };

  return (
    <div class="templates-panel">
      <h1>{t('templatesTitle')}</h1>
      <div class="templates-columns">
        <ul class="templates-list" aria-label={t('templatesTitle')}>
          {BUILTIN_TEMPLATES.map((tpl) => (
            <li key={tpl.id}>
              <button type="button" aria-current={selected === tpl.id} onClick={() => void select(tpl.id)}>
                {t(tpl.lang === 'zh' ? 'templatesBuiltinZh' : 'templatesBuiltinEn')}
              </button>
            </li>
          ))}
          {templates.map((tpl) => (
            <li key={tpl.id}>
              <button type="button" aria-current={selected === tpl.id} onClick={() => void select(tpl.id)}>
                {tpl.id === selected && draft ? draft.name : tpl.name}
              </button>
            </li>
          ))}
        </ul>
        <div class="templates-editor">
          {row && (
            <label>
              {t('templatesName')} <input type="text" value={draft?.name ?? row.name} onInput={(e) => edit({ name: (e.currentTarget as HTMLInputElement).value })} />
            </label>
          )}
          {builtin && <p>{t('templatesBuiltinReadOnly')}</p>}
          <textarea aria-label={t('templatesBody')} value={body} readOnly={!!builtin} spellcheck={false} onInput={(e) => edit({ body: (e.currentTarget as HTMLTextAreaElement).value })} />
          {error && (
            <div role="alert" class="digest-error">
              <p>{error.line === null ? error.message : t('templatesErrorAt', error.line, error.column ?? 0, error.message)}</p>
              {error.excerpt && <pre>{error.excerpt}</pre>}
              {row && <p>{t('templatesLastWorkingUsed')}</p>}
            </div>
          )}
          <div class="digest-actions">
            <button type="button" onClick={() => void copy()}>
              {t('templatesCopy')}
            </button>
            {row && (
              <button type="button" onClick={() => void remove()}>
                {confirmDelete ? t('templatesDeleteConfirm') : t('templatesDelete')}
              </button>
            )}
          </div>
          <p role="status" class="digest-status">
            {status}
          </p>
          <TemplateHelp t={t} />
        </div>
        <section aria-label={t('templatesPreview')}>
          <h2>{t('templatesPreview')}</h2>
          {preview?.html && <article class="digest-preview" data-testid="template-preview" dangerouslySetInnerHTML={{ __html: preview.html }} />}
        </section>
      </div>
    </div>
  );
}
