import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Modal, Popconfirm, Space, type ButtonProps, type FormInstance } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';

/** Drops every cached answer under these keys, so the pages show what the service now holds. */
export function useRefresh() {
  const queries = useQueryClient();
  return (...keys: string[]) => keys.forEach((key) => void queries.invalidateQueries({ queryKey: [key] }));
}

/**
 * One step that needs nothing but a click (and a confirmation when `confirm` says what it does):
 * the service's refusal shows under the button with its text.
 */
export function ActionButton({ label, run, done, confirm, ...button }: {
  label: string;
  run: () => Promise<unknown>;
  done?: (result: unknown) => void;
  confirm?: string;
} & Omit<ButtonProps, 'onClick'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const go = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await run();
      message.success(t('register.done', { action: label }));
      done?.(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const trigger = (
    <Button {...button} loading={busy} onClick={confirm ? undefined : go}>
      {label}
    </Button>
  );
  return (
    <Space orientation="vertical" size={4}>
      {confirm ? (
        <Popconfirm title={confirm} onConfirm={go} okText={t('register.confirm')} cancelText={t('common.cancel')}>
          {trigger}
        </Popconfirm>
      ) : (
        trigger
      )}
      <ProblemAlert error={error} />
    </Space>
  );
}

/**
 * A step that takes a form: the button opens a dialog with a ProblemForm (field errors on their
 * inputs, a draft kept across a new sign-in), closed once the service accepted it.
 */
export function ActionForm<T extends object>({ label, name, title, initialValues, run, done, children, submit, form: given, ...button }: {
  label: string;
  /** the form's id (also its draft's key) */
  name: string;
  title?: string;
  initialValues?: Partial<T>;
  run: (values: T) => Promise<unknown>;
  done?: (result: unknown) => void;
  children: ReactNode;
  submit?: string;
  /** when the caller fills fields from elsewhere (a picked expert's email) */
  form?: FormInstance<T>;
} & Omit<ButtonProps, 'onClick' | 'name' | 'title' | 'form'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [own] = Form.useForm<T>();
  const form = given ?? own;
  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal open={open} title={title ?? label} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <ProblemForm<T>
          form={form}
          name={name}
          draftKey={name}
          initialValues={initialValues as T}
          onSubmit={async (values) => {
            const result = await run(values);
            message.success(t('register.done', { action: label }));
            setOpen(false);
            done?.(result);
          }}
        >
          {children}
          <Button type="primary" htmlType="submit">
            {submit ?? t('common.submit')}
          </Button>
        </ProblemForm>
      </Modal>
    </>
  );
}

/** `<input type="date">`'s value is the API's own `YYYY-MM-DD`, and phones show their date picker. */
export const DATE = { type: 'date' } as const;

/**
 * Lets a keyboard scroll a wide table sideways on a phone (WCAG 2.1.1): the table's scrolling
 * element takes focus, named for screen readers, even when no row holds a link or a button.
 */
export function Scrollable({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body').forEach((element) => {
      element.tabIndex = 0;
      element.setAttribute('role', 'region');
      element.setAttribute('aria-label', label);
    });
  });
  return <div ref={box}>{children}</div>;
}
