/*
 * Money as the services keep it: exact decimals with at most two places. Amounts are handled as
 * whole fen in BigInt, never as floating point, and sent to the API as decimal strings.
 */
const MONEY = /^\d{1,13}(\.\d{1,2})?$/;

/** What a person typed, tidied: full-width digits, thousands separators and spaces taken out. */
export function normaliseMoney(input: string): string {
  return input
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s¥￥元]/g, '');
}

export function isMoney(input: string): boolean {
  return MONEY.test(normaliseMoney(input));
}

/** An amount (a typed string, or a number as a service's JSON gives it) in whole fen. */
export function toFen(value: string | number): bigint {
  const text = typeof value === 'number' ? decimalOf(value) : normaliseMoney(value);
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not an amount of money: ${value}`);
  const fen = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -fen : fen;
}

// a JSON number of a service's BigDecimal prints back as the decimal it was (at most 15 digits)
function decimalOf(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(2) : text;
}

/** Whole fen as the API's decimal string, e.g. `12345.60`. */
export function fromFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The amount as the API takes it (`"1200.00"`), or undefined when nothing was typed. */
export function toAmount(value?: string | number | null): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return fromFen(toFen(value));
}

/** The exact sum of some amounts; blanks count as nothing. */
export function sumMoney(values: (string | number | null | undefined)[]): string {
  return fromFen(values.reduce<bigint>((sum, v) => (v === undefined || v === null || v === '' || !isAmount(v) ? sum : sum + toFen(v)), 0n));
}

function isAmount(value: string | number): boolean {
  return typeof value === 'number' || isMoney(value);
}

/** An amount for reading: `¥12,345.60`, grouped by thousands, exactly as stored. */
export function formatMoney(value?: string | number | null): string {
  if (value === undefined || value === null || value === '') return '';
  const [whole, cents] = fromFen(toFen(value)).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}¥${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** Compares two amounts exactly: negative, zero or positive as a is less, equal or more. */
export function compareMoney(a: string | number, b: string | number): number {
  const d = toFen(a) - toFen(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
