/**
 * The Lambda Invoke API for functions the API calls synchronously (the document renderer), so the
 * handlers use the real `@aws-sdk/client-lambda` with an endpoint override, as in AWS. A handler's
 * error comes back as `X-Amz-Function-Error: Unhandled` with its type and message, like Lambda's.
 */
import { createServer, type Server } from 'node:http';

export type Invocable = (event: unknown) => Promise<unknown>;

export class LocalLambdaService {
  private server: Server | undefined;
  /** Test hook: fail the next invocations of a function (a render outage). */
  readonly failing = new Set<string>();

  constructor(private readonly functions: Record<string, Invocable>) {}

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.url ?? '');
        const name = match ? decodeURIComponent(match[1]!).split(':').at(-1)! : '';
        const fn = this.functions[name];
        if (req.method !== 'POST' || !fn) {
          res.writeHead(404, {
            'content-type': 'application/json',
            'x-amzn-errortype': 'ResourceNotFoundException',
          });
          return res.end(JSON.stringify({ message: `Function not found: ${name}` }));
        }
        try {
          if (this.failing.has(name))
            throw Object.assign(new Error('injected failure'), { name: 'InjectedFault' });
          const out = await fn(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(out ?? null));
        } catch (err) {
          res.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
          res.end(JSON.stringify({ errorType: (err as Error).name, errorMessage: (err as Error).message }));
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }
}
