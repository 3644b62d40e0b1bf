// The fake Ollama as its own process, for the browser tests: `tsx fake-ollama-main.ts <port>`. They script
// its next answers with POST /_fake/answers (a JSON array of FakeAnswer).
import { startFakeOllama } from './fake-ollama';

const port = Number(process.argv[2] ?? 12112);
const fake = await startFakeOllama(port);
console.log(`fake Ollama listening on ${fake.url}`);
