/** Child process entry of baseline (a): `node dist/bench/plain-relay-process.js <upstreamPort>`; prints its port. */
import { startPlainRelay } from './plain-relay.js';

const relay = await startPlainRelay(Number(process.argv[2]));
process.stdout.write(`${JSON.stringify({ port: relay.port })}\n`);
process.once('SIGTERM', () => void relay.close().then(() => process.exit(0)));
