import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/atom+xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface PageServer {
  origin: string;
  port: number;
  url(pathname: string): string;
  /** Serve `body` at `pathname` instead of a file (a page variant for one test). */
  override(pathname: string, body: string, type?: string): void;
  close(): Promise<void>;
}

/** Serves files from the given folders on 127.0.0.1 (first folder that has the file wins). */
export async function servePages(roots: string[]): Promise<PageServer> {
  const overrides = new Map<string, { body: string; type: string }>();
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const custom = overrides.get(pathname);
    if (custom) {
      res.writeHead(200, { 'content-type': custom.type }).end(custom.body);
      return;
    }
    for (const root of roots) {
      const file = path.join(root, path.normalize(pathname).replace(/^([/\\])+/, ''));
      if (!file.startsWith(root)) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (pathname) => new URL(pathname, origin).toString(),
    override: (pathname, body, type = 'text/html; charset=utf-8') => void overrides.set(pathname, { body, type }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
