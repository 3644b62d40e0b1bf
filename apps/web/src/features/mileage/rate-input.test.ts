import { describe, expect, it } from 'vitest';
import { centsTextToTenths, tenthsToCentsText } from './rate-input';

describe('mileage rate input', () => {
  it('reads cents a mile to the tenth of a cent, without floating point', () => {
    expect(centsTextToTenths('72.5')).toBe(725);
    expect(centsTextToTenths('70')).toBe(700);
    expect(centsTextToTenths(' 65.5¢ ')).toBe(655);
    expect(centsTextToTenths('72.55')).toBeNull();
    expect(centsTextToTenths('0')).toBeNull();
    expect(centsTextToTenths('seventy')).toBeNull();
    expect(tenthsToCentsText(725)).toBe('72.5');
    expect(tenthsToCentsText(700)).toBe('70');
  });
});
