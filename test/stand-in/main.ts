// CLI: `node test/stand-in/main.ts [--port 8765] [--key test-key]`. Prints exactly one line,
// `stand-in listening on URL`, so a parent process (the demo, e2e setup) can wait for it.
import { parseArgs } from 'node:util';
import { startStandIn } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8765' },
    key: { type: 'string', default: 'test-key' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`stand-in: --port must be an integer 0-65535, got ${values.port}`);
  process.exit(2);
}

const standIn = await startStandIn({ port, apiKey: values.key });
console.log(`stand-in listening on ${standIn.url}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  // close() also destroys sockets held open by a `hang` fault, so shutdown never waits on them.
  await standIn.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
