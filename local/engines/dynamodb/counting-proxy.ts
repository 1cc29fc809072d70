import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fault for fault-injection tests. `before`: the request never reaches the
 * engine and is answered 500 (nothing written). `after`: the engine does the
 * work, then the answer is lost on the way back (the connection drops): the
 * write is committed but the caller never hears of it, as when a Lambda dies
 * after its commit. The AWS SDK retries both; a fault that lasts `times`
 * requests (default: until cured) outlasts its retries.
 */
export interface DynamoDbFault {
  /** e.g. 'TransactWriteItems'. */
  readonly operation: string;
  readonly when: 'before' | 'after';
  /** Only requests whose JSON body contains this text. */
  readonly bodyContains?: string;
  readonly times?: number;
}

/** The proxy in front of the engine: its address, the requests so far by operation, and the faults it injects. */
export interface CountingProxy {
  readonly url: string;
  readonly counts: Record<string, number>;
  injectFault(fault: DynamoDbFault): () => void;
  close(): Promise<void>;
}

/** Forwards every request to `target` as it came, counting the operation named in x-amz-target. */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const counts: Record<string, number> = {};
  const faults = new Set<{ fault: DynamoDbFault; left: number }>();
  const faultFor = (operation: string, body: string) => {
    for (const entry of faults) {
      if (entry.fault.operation !== operation || (entry.fault.bodyContains && !body.includes(entry.fault.bodyContains))) continue;
      if (--entry.left <= 0) faults.delete(entry);
      return entry.fault;
    }
    return undefined;
  };
  const server: Server = createServer((request, response) => {
    // DynamoDB_20120810.PutItem → PutItem; DynamoDBStreams_20120810.GetRecords → GetRecords.
    const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] || 'unknown';
    // Counted once the engine has answered: a reader of the counts (the stream poller)
    // that sees a new write can then be sure the write is in the table.
    const count = () => (counts[operation] = (counts[operation] ?? 0) + 1);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => {
      const body = Buffer.concat(chunks);
      const fault = faults.size > 0 ? faultFor(operation, body.toString('utf8')) : undefined;
      if (fault?.when === 'before') {
        count();
        response
          .writeHead(500, { 'content-type': 'application/x-amz-json-1.0' })
          .end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Injected fault before the request' }));
        return;
      }
      const forward = httpRequest(
        {
          protocol: upstream.protocol,
          hostname: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: request.rawHeaders,
          agent,
        },
        (answer) => {
          count();
          if (fault?.when === 'after') {
            // The engine has done the work; the caller never hears of it.
            answer.resume();
            answer.once('end', () => response.destroy());
            return;
          }
          response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
          answer.pipe(response);
          answer.once('error', () => response.destroy());
        },
      );
      forward.once('error', (error) => {
        if (response.headersSent) response.destroy();
        else response.writeHead(502, { 'content-type': 'text/plain' }).end(`DynamoDB Local is not reachable: ${error.message}`);
      });
      forward.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    injectFault(fault) {
      const entry = { fault, left: fault.times ?? Number.POSITIVE_INFINITY };
      faults.add(entry);
      return () => faults.delete(entry);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
