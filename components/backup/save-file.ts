/**
 * Saves a Blob as a download through an `<a download>` and a blob: URL: no `downloads` permission
 * needed, and the browser asks where to save as it does for any download.
 */
export type SaveFile = (blob: Blob, fileName: string) => void;

export const saveWithLink: SaveFile = (blob, fileName) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a while for browsers that read it lazily.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
