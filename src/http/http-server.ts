/**
 * The listening socket and a shutdown that does not cut answers short: once closing, every
 * answer closes its connection (keep-alive clients would otherwise hold the server open with
 * new requests on their old sockets), and connections busy at close are closed as soon as
 * they go idle rather than after the keep-alive timeout.
 * @module
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class HttpServer {
  private server: Server | undefined;
  private closing = false;
  readonly handler: RequestListener;

  constructor(serve: RequestListener) {
    this.handler = (req, res) => {
      if (this.closing) res.shouldKeepAlive = false;
      serve(req, res);
    };
  }

  /** Starts listening; resolves with the base URL (the port is the one bound when 0 was asked). */
  listen(host: string, port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const s = createServer(this.handler).listen(port, host, () => {
        const bound = (s.address() as AddressInfo).port;
        resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
      });
      s.once('error', reject);
      this.server = s;
    });
  }

  /** Stops accepting connections and resolves once every open one has finished its answer. */
  async close(): Promise<void> {
    this.closing = true;
    const s = this.server;
    if (!s) return;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    const sweep = setInterval(() => s.closeIdleConnections(), 50);
    s.closeIdleConnections();
    await closed;
    clearInterval(sweep);
  }
}
