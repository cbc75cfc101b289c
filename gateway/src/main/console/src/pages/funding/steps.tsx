import { App, Button, Form, Modal, Popconfirm, Space, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';

/**
 * One step that needs no input (submit, close the review, close the grant): asks to confirm, then
 * runs; a refusal shows the problem's text under the button.
 */
export function StepButton({ label, confirm, run, done, type }: {
  label: string;
  confirm?: string;
  run: () => Promise<unknown>;
  done: () => void;
  type?: ButtonProps['type'];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await run();
      message.success(t('grants.done', { step: label }));
      done();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical">
      {confirm ? (
        <Popconfirm title={confirm} onConfirm={go} okText={t('common.yes')} cancelText={t('common.no')}>
          <Button type={type} loading={busy}>
            {label}
          </Button>
        </Popconfirm>
      ) : (
        <Button type={type} loading={busy} onClick={go}>
          {label}
        </Button>
      )}
      <ProblemAlert error={error} />
    </Space>
  );
}

/** One step with a form (formal check, decision, payment…): a button opening the form in a dialog. */
export function StepForm<T extends object>({ label, name, draftKey, initialValues, submit, done, children, type }: {
  label: string;
  name: string;
  draftKey?: string;
  initialValues?: Partial<T>;
  submit: (values: T) => Promise<unknown>;
  done: () => void;
  children: ReactNode;
  type?: ButtonProps['type'];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<T>();
  return (
    <>
      <Button type={type} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal open={open} title={label} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <ProblemForm<T>
          form={form}
          name={name}
          draftKey={draftKey}
          initialValues={initialValues as T}
          onSubmit={async (values) => {
            await submit(values);
            message.success(t('grants.done', { step: label }));
            setOpen(false);
            done();
          }}
        >
          {children}
          <Button type="primary" htmlType="submit">
            {t('common.submit')}
          </Button>
        </ProblemForm>
      </Modal>
    </>
  );
}
