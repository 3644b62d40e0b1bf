import { describe, expect, it } from 'vitest';
import { parseEvents } from './chat-stream';

describe('parseEvents', () => {
  it('returns the complete events in order and keeps the part of one still arriving', () => {
    const first = parseEvents(
      'event: token\ndata: {"text":"Hel"}\n\nevent: token\ndata: {"text":"lo"}\n\nevent: to',
    );
    expect(first.events).toEqual([
      { event: 'token', data: { text: 'Hel' } },
      { event: 'token', data: { text: 'lo' } },
    ]);
    expect(first.rest).toBe('event: to');
    const second = parseEvents(
      `${first.rest}ol\ndata: {"name":"search_builds","sentence":"Looked up your builds","ok":true}\n\n`,
    );
    expect(second.events).toEqual([
      { event: 'tool', data: { name: 'search_builds', sentence: 'Looked up your builds', ok: true } },
    ]);
    expect(second.rest).toBe('');
  });
});
