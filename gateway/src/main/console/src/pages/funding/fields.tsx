import { Button, Input, type ButtonProps, type InputProps } from 'antd';
import type { ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router-dom';

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

/**
 * A link that looks like a button (a real `<a>`, so it opens in a new tab too), rather than a button
 * inside a link, which screen readers announce twice and axe flags as nested controls.
 */
export function LinkButton({ to, children, type }: { to: string; children: ReactNode; type?: ButtonProps['type'] }) {
  const href = useHref(to);
  const navigate = useNavigate();
  return (
    <Button
      type={type}
      href={href}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </Button>
  );
}
