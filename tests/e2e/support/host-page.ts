/** A host page server on its own port, so an embedded map is cross-origin as on a government site. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running host server: its base URL (no trailing "/") and the pages it serves, by path. */
export interface HostServer {
  url: string;
  pages: Map<string, string>;
  server: Server;
}

/** Start a host server that serves the HTML put into `pages` (404 for anything else). */
export async function startHost(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages, server };
}
