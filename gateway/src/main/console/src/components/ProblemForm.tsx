import { Form, type FormInstance, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';

import { ProblemError, showOnForm, type FieldProblem } from '../api/problem';
import { useDraft } from '../drafts';
import { ProblemAlert } from './ProblemAlert';

interface ProblemFormProps<T> extends Omit<FormProps<T>, 'onFinish' | 'form'> {
  form: FormInstance<T>;
  /** sessionStorage key of the form's draft, kept across a re-authentication */
  draftKey?: string;
  onSubmit: (values: T) => Promise<unknown>;
  children: ReactNode;
}

/**
 * A form that sends its values and, when the service refuses them, shows the problem's text and
 * puts each `{field, message}` on the input of that name (the others in the alert above).
 */
export function ProblemForm<T extends object>({ form, draftKey, onSubmit, children, ...props }: ProblemFormProps<T>) {
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>();
  const [busy, setBusy] = useState(false);
  const draft = useDraft(form, draftKey ?? '');

  const finish = async (values: T) => {
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(values);
      if (draftKey) draft.clear();
    } catch (e) {
      setError(e);
      setUnplaced(e instanceof ProblemError ? showOnForm(form, e) : undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<T>
      layout="vertical"
      {...props}
      form={form}
      disabled={busy || props.disabled}
      onFinish={finish}
      onValuesChange={draftKey ? draft.onValuesChange : undefined}
    >
      <ProblemAlert error={error} unplaced={unplaced} />
      {children}
    </Form>
  );
}
