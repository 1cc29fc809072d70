import { resolve } from 'node:path';
import { startLocalRuntime, type LocalRuntime } from './runtime/local-runtime.js';
import { JavaMissingError } from './engines/dynamodb/local-dynamodb.js';

/**
 * `npm start`: the whole product on this machine. Data lives in .data/ (git-ignored)
 * so cases survive a restart; `npm start -- --memory` keeps everything in memory.
 */
const inMemory = process.argv.includes('--memory');
const dataPath = inMemory ? undefined : resolve(process.env.DATA_DIR ?? '.data');
process.env.LOG_LEVEL ??= 'warn';

let runtime: LocalRuntime;
try {
  runtime = await startLocalRuntime({ dataPath, port: Number(process.env.PORT ?? 3000) });
} catch (error) {
  // DynamoDB Local runs on Java: say what to install rather than print a stack trace.
  if (!(error instanceof JavaMissingError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const users = (await (await fetch(`${runtime.url}/dev/users`)).json()) as { users: { sub: string; name: string; role: string; org: string }[] };
const example = users.users[0] ?? { sub: 'anna', name: 'Anna Andersson', role: 'healthcare', org: 'angereds-narsjukhus' };

const exampleClaims = JSON.stringify({ sub: example.sub, name: example.name, role: example.role, org: example.org });
const readToken = `node -pe 'JSON.parse(require("fs").readFileSync(0)).token'`;

console.log(`
IOP and procurement workflows are running at ${runtime.url}
  web app         ${runtime.url}/
  API description ${runtime.url}/openapi.json
  data            ${dataPath ?? 'in memory (gone when you stop)'}

Get a token for a demo user and call the API:
  TOKEN=$(curl -s -X POST ${runtime.url}/dev/token -H 'content-type: application/json' \\
    -d '${exampleClaims}' | ${readToken})
  curl -s ${runtime.url}/iop/cases -H "authorization: Bearer $TOKEN"

Move time forward (reminders, deadlines, annual reviews fire in order):
  curl -s -X POST ${runtime.url}/dev/clock -H 'content-type: application/json' -d '{"advance":"P1Y"}'
Notifications sent: ${runtime.url}/dev/outbox     Demo users: ${runtime.url}/dev/users
E-mail as each person received it: ${runtime.url}/dev/mail (open it in a browser; JSON for curl)
Stop with Ctrl+C.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    runtime.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
