import { describe, expect, it } from 'vitest';
import { ListingUrl } from './sales/listings';
import { isWellFormed, lineText, longText, TextId } from './text';

const line = lineText().max(20);
const long = longText().max(50);
const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: string) =>
  schema.safeParse(value).success;

describe('text rules shared by the web and the API', () => {
  it('one-line text keeps tabs, trims, and refuses line breaks and other control characters', () => {
    expect(line.parse('  RTX\t3070 \n')).toBe('RTX\t3070');
    for (const bad of ['a\u0000b', 'a\nb', 'a\rb', 'a\u001bb', 'a\u007fb', 'a\u000bb'])
      expect(ok(line, bad), JSON.stringify(bad)).toBe(false);
  });

  it('long text also keeps line breaks, CRLF included', () => {
    expect(long.parse('Line 1\r\nLine 2\n\tindented')).toBe('Line 1\r\nLine 2\n\tindented');
    for (const bad of ['a\u0000b', 'a\u000bb', 'a\u000cb', 'a\u001bb'])
      expect(ok(long, bad), JSON.stringify(bad)).toBe(false);
  });

  it('accepts any well-formed Unicode (accents, CJK, emoji) and refuses a lone half of a surrogate pair', () => {
    expect(ok(line, 'Café 显卡 😀')).toBe(true);
    expect(isWellFormed('😀')).toBe(true);
    for (const bad of ['x\ud800y', 'x\udc00y', '\ud83d', 'y\ude00']) {
      expect(isWellFormed(bad)).toBe(false);
      expect(ok(line, bad)).toBe(false);
      expect(ok(long, bad)).toBe(false);
    }
  });

  it('text ids are printable ASCII without spaces, never empty', () => {
    expect(ok(TextId, 'cpu-00001')).toBe(true);
    for (const bad of ['', ' ', 'cpu 1', 'cpu\u0000', 'é'])
      expect(ok(TextId, bad), JSON.stringify(bad)).toBe(false);
  });

  it('listing URLs are http or https addresses with a host', () => {
    expect(ListingUrl.parse(' https://www.ebay.com/itm/1?x=1 ')).toBe('https://www.ebay.com/itm/1?x=1');
    expect(ok(ListingUrl, 'http://192.168.1.20:8080/listing')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'a\r\nSet-Cookie: x=1',
      'https://x.com/\r\nSet-Cookie: x=1',
      'ftp://x.com/a',
      'https://',
      'https://x.com/a b',
      'x.com',
    ])
      expect(ok(ListingUrl, bad), JSON.stringify(bad)).toBe(false);
  });
});
