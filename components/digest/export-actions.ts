/**
 * Getting a digest out of the options page, with web APIs only: the clipboard (Markdown as
 * text/plain; the rendered post as text/html too, for editors such as WeChat's that paste HTML),
 * and a download through `<a download>` on a blob URL, which an extension page may do without the
 * `downloads` permission (that permission would also let Gleaner read the user's download list).
 * Injected into the panels so tests can watch what was exported.
 */
export interface ExportActions {
  copyText(text: string): Promise<void>;
  copyRich(html: string, text: string): Promise<void>;
  download(fileName: string, text: string, type?: string): void;
}

export const browserExportActions: ExportActions = {
  copyText: (text) => navigator.clipboard.writeText(text),
  copyRich: (html, text) =>
    navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]),
  download(fileName, text, type = 'text/markdown') {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started reading the blob; give it a moment before letting it go.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
