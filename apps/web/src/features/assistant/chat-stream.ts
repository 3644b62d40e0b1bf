import { type ChatRequest, type ChatStreamEvents, isErrorBody } from '@partwise/shared';
import { ApiError } from '../../lib/api';

export type ChatEvent = {
  [K in keyof ChatStreamEvents]: { event: K; data: ChatStreamEvents[K] };
}[keyof ChatStreamEvents];

/**
 * Splits Server-Sent Events text into complete events, returning them and what is left of an event still
 * arriving. Each event is `event: name` and one `data: {json}` line, ended by a blank line.
 */
export function parseEvents(buffer: string): { events: ChatEvent[]; rest: string } {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ChatEvent[] = [];
  for (const block of blocks) {
    let event = '';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (event && data) events.push({ event, data: JSON.parse(data) } as ChatEvent);
  }
  return { events, rest };
}

/**
 * Sends a chat message and calls `onEvent` for each event as it arrives. A refusal before the stream opens
 * (limit, busy, not configured, down) is thrown as an ApiError like any other call's.
 */
export async function streamChat(
  body: ChatRequest,
  onEvent: (event: ChatEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/v1/ai/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', 0, 'Could not reach the server. Check your connection and try again.');
  }
  if (!response.ok || !response.body) {
    const data: unknown = await response.json().catch(() => null);
    if (isErrorBody(data))
      throw new ApiError(data.error.code, response.status, data.error.message, data.error.fields);
    throw new ApiError('INTERNAL', response.status, `The server answered ${response.status}`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const parsed = parseEvents(buffer + value);
    buffer = parsed.rest;
    for (const event of parsed.events) onEvent(event);
  }
}
