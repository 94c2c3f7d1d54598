/** A page as the snapshot content script hands it over: its live DOM, serialized. */
export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
  /** `text/html`, or e.g. `application/pdf` for a browser's PDF viewer. */
  contentType: string;
}
