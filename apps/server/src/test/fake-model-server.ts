import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of a fake model server. */
export interface FakeAnswer {
  /** The assistant's text, sent in a few pieces when streaming. */
  text: string;
  /** Tools the model asks for, with their arguments. */
  toolCalls?: { name: string; args: Record<string, unknown> }[];
  /** The usage the server reports; left out, the server reports none (as some servers do). */
  inputTokens?: number;
  outputTokens?: number;
  /** Send the first piece, then nothing more until the client goes away (a model still thinking). */
  stall?: boolean;
  /**
   * Only for a call whose messages contain this text, once. Kept apart from the queue, so flows that share one
   * fake (the browser tests run side by side) never take each other's answers.
   */
  when?: string;
}

/** A request as the fake saw it, in one shape for both protocols. */
export interface FakeCall {
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
  /** The names of the tools offered. */
  tools: string[];
  body: Record<string, unknown>;
}

export interface FakeModelServer {
  url: string;
  /** The environment that points the app at this server. */
  env: Record<string, string>;
  calls: FakeCall[];
  /**
   * The answers for the next calls (each call takes the first queued answer, or repeats the last one); answers
   * with `when` are added to those waiting for their call instead, and leave the queue as it is.
   */
  answer(...answers: FakeAnswer[]): void;
  /** Requests whose answer is still being written. */
  openRequests(): number;
  /** Requests the client gave up on before the answer ended. */
  abandoned(): number;
  close(): Promise<void>;
}

export type Responder = (
  body: Record<string, unknown>,
  answer: FakeAnswer,
  res: ServerResponse,
  stall: () => Promise<void>,
) => void | Promise<void>;

/** The common part of the fakes: a free port, the script, the request log and open-request accounting. */
export async function startFakeModelServer(options: {
  path: string;
  /** A fixed port (a separate process for the browser tests); a free one by default. */
  port?: number;
  env: (url: string) => Record<string, string>;
  normalize: (body: Record<string, unknown>) => FakeCall;
  respond: Responder;
}): Promise<FakeModelServer> {
  let queue: FakeAnswer[] = [{ text: '{"title":"","description":""}', inputTokens: 1, outputTokens: 1 }];
  const waiting: FakeAnswer[] = [];
  const script = (answers: FakeAnswer[]) => {
    waiting.push(...answers.filter((a) => a.when !== undefined));
    const plain = answers.filter((a) => a.when === undefined);
    if (plain.length > 0) queue = plain;
  };
  const next = (call: FakeCall): FakeAnswer => {
    const said = call.messages.map((m) => m.content).join('\n');
    const i = waiting.findIndex((a) => a.when !== undefined && said.includes(a.when));
    if (i >= 0) return waiting.splice(i, 1)[0] as FakeAnswer;
    return (queue.length > 1 ? queue.shift() : queue[0]) as FakeAnswer;
  };
  const calls: FakeCall[] = [];
  let open = 0;
  let abandoned = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      // Scripting from another process (the browser tests): the next answers, and a health check.
      if (req.url === '/_fake/healthz') {
        res.writeHead(200).end('ok');
        return;
      }
      if (req.method === 'POST' && req.url === '/_fake/answers') {
        script(JSON.parse(raw) as FakeAnswer[]);
        res.writeHead(204).end();
        return;
      }
      if (req.method !== 'POST' || req.url !== options.path) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as Record<string, unknown>;
      const call = options.normalize(body);
      calls.push(call);
      const answer = next(call);
      open += 1;
      let done = false;
      const gone = new Promise<void>((resolve) =>
        res.once('close', () => {
          if (!done && !res.writableFinished) abandoned += 1;
          done = true;
          open -= 1;
          resolve();
        }),
      );
      void options.respond(body, answer, res, () => gone);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    env: options.env(url),
    calls,
    answer(...answers) {
      script(answers);
    },
    openRequests: () => open,
    abandoned: () => abandoned,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The answer's text in pieces of up to 16 characters, as a model streams it. */
export const piecesOf = (text: string) => text.match(/[\s\S]{1,16}/g) ?? [''];

export function contentOf(message: unknown): { role: string; content: string } {
  const m = message as { role?: unknown; content?: unknown };
  return {
    role: String(m.role),
    content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
  };
}
