import { useMemo, useState } from 'preact/hooks';
import { buildDigest } from '@/lib/digest/build';
import type { DigestClip } from '@/lib/digest/context';
import { DIGEST_LANGS, type DigestLang } from '@/lib/digest/phrases';
import { datesOf, orderByIds, periodOf, sortByClipped, type ClipFilter } from '@/lib/digest/select';
import { builtinTemplate } from '@/lib/digest/templates';
import { bibliography, bibtexEntry, bibtexBaseKey } from '@/lib/export/bibtex';
import { clipToNote } from '@/lib/export/clip-note';
import { clipNoteFileName } from '@/lib/export/file-names';
import { currentIsoWeek, formatIsoWeek, parseDate, parseIsoWeek, shiftWeek, systemTimeZone } from '@/lib/export/iso-week';
import { markdownToSafeHtml } from '@/lib/render/safe-html';
import type { PanelProps } from '../options/panels';
import { ClipChooser, type ClipSelection } from './ClipChooser';
import { ClipOrderList } from './ClipOrderList';
import { DigestPreview } from './DigestPreview';
import { browserExportActions, type ExportActions } from './export-actions';
import { useDigestData } from './use-digest-data';
import './digest.css';

export interface DigestPanelProps extends PanelProps {
  actions?: ExportActions;
  now?: Date;
  timeZone?: string;
}

function filterOf(selection: ClipSelection, now: Date, timeZone: string): ClipFilter {
  const thisWeek = currentIsoWeek(now, timeZone);
  switch (selection.choice) {
    case 'this-week':
      return { kind: 'week', week: thisWeek };
    case 'last-week':
      return { kind: 'week', week: shiftWeek(thisWeek, -1) };
    case 'week':
      return { kind: 'week', week: parseIsoWeek(selection.week) ?? thisWeek };
    case 'range': {
      const from = parseDate(selection.from);
      const to = parseDate(selection.to);
      return from && to ? { kind: 'range', from, to } : { kind: 'week', week: thisWeek };
    }
    case 'tag':
      return { kind: 'tag', tag: selection.tag };
    case 'search':
      return { kind: 'search', query: selection.query };
    case 'all':
      return { kind: 'all' };
  }
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!);
  return next;
}

/** Options page › Digest: choose the week's clips, order them, pick a template, export the post. */
export function DigestPanel({ platform, t, actions = browserExportActions, now: fixedNow, timeZone = systemTimeZone() }: DigestPanelProps) {
  const now = useMemo(() => fixedNow ?? new Date(), [fixedNow]);
  const [selection, setSelection] = useState<ClipSelection>({ choice: 'this-week', week: formatIsoWeek(currentIsoWeek(now, timeZone)), from: '', to: '', tag: '', query: '' });
  const [lang, setLang] = useState<DigestLang>(/^zh/i.test(platform.uiLanguage) ? 'zh' : 'en');
  const [templateId, setTemplateId] = useState<string>('');
  const [order, setOrder] = useState<string[]>([]);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [options, setOptions] = useState({ groupByTopic: false, toc: true, includeUnsummarized: false, frontMatter: false, draft: false });
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState('');

  const filter = useMemo(() => filterOf(selection, now, timeZone), [selection, now, timeZone]);
  const data = useDigestData(platform.db, filter, timeZone, templateId);
  // A user template that never compiled has no working body yet: the built-in one stands in.
  const template = data.templates.find((tpl) => tpl.id === templateId)?.workingBody || builtinTemplate(lang).body;

  const ordered = useMemo(() => orderByIds(sortByClipped(data.clips), order), [data.clips, order]);
  const chosen = useMemo(() => ordered.filter((clip) => !excluded.has(clip.id)), [ordered, excluded]);
  const outcome = useMemo(
    () =>
      data.loading
        ? null
        : buildDigest(chosen, data.highlights, {
            lang,
            timeZone,
            now,
            period: periodOf(filter),
            title,
            groupByTopic: options.groupByTopic,
            toc: options.toc,
            missingSummary: options.includeUnsummarized ? 'mark' : 'exclude',
            frontMatter: options.frontMatter ? { draft: options.draft } : null,
            template,
          }),
    [data.loading, data.highlights, chosen, lang, timeZone, now, filter, title, options, template],
  );

  const dates = datesOf(filter);
  const covers = [filter.kind === 'week' ? formatIsoWeek(filter.week) : '', dates ? `${dates.from} – ${dates.to}` : '', t('digestClipsFound', data.clips.length)].filter(Boolean).join(' · ');
  const done = (message: string) => () => setStatus(message);
  const failed = (error: unknown) => setStatus(t('digestCopyFailed', error instanceof Error ? error.message : String(error)));
  const digest = outcome?.ok ? outcome.digest : null;
  const flag = (key: keyof typeof options) => (
    <label>
      <input type="checkbox" checked={options[key]} onChange={() => setOptions({ ...options, [key]: !options[key] })} />
      {t(`digestOption_${key}` as Parameters<typeof t>[0])}
    </label>
  );

  return (
    <div class="digest-panel">
      <h1>{t('digestTitle')}</h1>
      <ClipChooser selection={selection} tags={data.tags} summary={covers} t={t} onChange={(change) => setSelection({ ...selection, ...change })} />
      {data.error && <p role="alert">{data.error}</p>}
      <fieldset class="digest-options">
        <legend>{t('digestOptions')}</legend>
        <label>
          {t('digestLanguage')}{' '}
          <select value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as DigestLang)}>
            {DIGEST_LANGS.map((code) => (
              <option key={code} value={code}>
                {code === 'zh' ? '中文' : 'English'}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('digestTemplate')}{' '}
          <select value={templateId} onChange={(e) => setTemplateId((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('digestBuiltinTemplate')}</option>
            {data.templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </select>
        </label>
        <label class="digest-title-input">
          {t('digestPostTitle')} <input type="text" value={title} placeholder={t('digestPostTitlePlaceholder')} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </label>
        {flag('groupByTopic')}
        {flag('toc')}
        {flag('includeUnsummarized')}
        {flag('frontMatter')}
        {options.frontMatter && flag('draft')}
      </fieldset>
      <div class="digest-columns">
        <ClipOrderList
          clips={ordered}
          excluded={excluded}
          t={t}
          onToggle={(id) => {
            const next = new Set(excluded);
            if (!next.delete(id)) next.add(id);
            setExcluded(next);
          }}
          onMove={(from, to) => setOrder(move(ordered, from, to).map((clip) => clip.id))}
          onSortByDate={(newestFirst) => setOrder(sortByClipped(data.clips, newestFirst).map((clip) => clip.id))}
          onExportNote={(clip: DigestClip) => {
            const highlights = data.highlights.filter((h) => h.clipId === clip.id);
            actions.download(clipNoteFileName(clip), clipToNote(clip, highlights, lang));
            setStatus(t('digestDownloaded', clipNoteFileName(clip)));
          }}
          onCopyBibtex={(clip: DigestClip) => actions.copyText(bibtexEntry(clip, bibtexBaseKey(clip))).then(done(t('digestCopiedBibtex')), failed)}
        />
        <DigestPreview
          outcome={outcome}
          t={t}
          onCopyMarkdown={() => digest && actions.copyText(digest.markdown).then(done(t('digestCopied')), failed)}
          onCopyRich={() => digest && actions.copyRich(markdownToSafeHtml(digest.body), digest.body).then(done(t('digestCopiedRich')), failed)}
          onDownload={() => {
            if (!digest) return;
            actions.download(digest.fileName, digest.markdown);
            setStatus(t('digestDownloaded', digest.fileName));
          }}
          onDownloadBib={() => {
            if (!digest) return;
            const name = digest.fileName.replace(/\.md$/, '.bib');
            actions.download(name, bibliography(chosen), 'application/x-bibtex');
            setStatus(t('digestDownloaded', name));
          }}
        />
      </div>
      <p role="status" class="digest-status">
        {status}
      </p>
    </div>
  );
}
