import { describe, expect, it } from 'vitest';

import { compareMoney, formatMoney, isMoney, sumMoney, toAmount, toFen } from './money';

describe('money', () => {
  it('reads what people type, full-width digits and separators included', () => {
    expect(isMoney('12,345.6')).toBe(true);
    expect(isMoney('１２３.４５')).toBe(true);
    expect(isMoney('1.234')).toBe(false);
    expect(isMoney('-5')).toBe(false);
    expect(isMoney('abc')).toBe(false);
    expect(toAmount('12,345.6')).toBe('12345.60');
    expect(toAmount('')).toBeUndefined();
  });

  it('adds exactly where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['9999999999999.99', '0.01'])).toBe('10000000000000.00');
    expect(sumMoney([30000, '0.05', undefined, ''])).toBe('30000.05');
  });

  it('shows amounts grouped, with both decimals, from the JSON numbers the services send', () => {
    expect(formatMoney(30000)).toBe('¥30,000.00');
    expect(formatMoney(1234567.8)).toBe('¥1,234,567.80');
    expect(formatMoney('0.07')).toBe('¥0.07');
    expect(formatMoney(null)).toBe('');
    expect(toFen(260000.0)).toBe(26000000n);
  });

  it('compares exactly', () => {
    expect(compareMoney('100.00', 100)).toBe(0);
    expect(compareMoney('100.01', 100)).toBe(1);
    expect(compareMoney(99.99, '100')).toBe(-1);
  });
});
