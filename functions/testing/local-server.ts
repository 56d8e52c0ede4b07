/**
 * Serves an Express-style `(req, res)` handler from a plain Node server on 127.0.0.1, the way the
 * Functions Framework would call it, so tests send real HTTP requests without the framework.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpHandler, HttpRequest, HttpResponse } from '../http';

export async function serveHandler(handler: HttpHandler): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const request: HttpRequest = { method: req.method, body: raw ? JSON.parse(raw) : undefined };
      let status = 200;
      const response: HttpResponse = {
        status(code) {
          status = code;
          return response;
        },
        json(body) {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(body));
        },
      };
      void handler(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
