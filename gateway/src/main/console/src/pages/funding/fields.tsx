import { Input, type InputProps } from 'antd';

/**
 * A day as the API takes it (`2026-10-01`): the browser's own date input, which phones open as
 * their date wheel and keyboards type into, and whose value drafts keep as plain text.
 */
export function DateInput(props: Omit<InputProps, 'type'>) {
  return <Input type="date" {...props} />;
}

/** The first day of the Shanghai calendar's today, as `YYYY-MM-DD`. */
export function today(): string {
  return new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 10);
}
