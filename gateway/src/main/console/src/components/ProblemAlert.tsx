import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemError, type FieldProblem } from '../api/problem';

/**
 * A problem as the service told it: its title, its detail and every field it names. Fields a form
 * already shows next to their input are left out (`unplaced` lists the rest).
 */
export function ProblemAlert({ error, unplaced }: { error: unknown; unplaced?: FieldProblem[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ProblemError ? error : new ProblemError(0, String(error));
  const fields = unplaced ?? problem.errors;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={problem.detail && problem.detail !== problem.title ? `${problem.title}: ${problem.detail}` : problem.title}
      description={
        fields.length > 0 && (
          <>
            <div>{t('common.fieldErrors')}</div>
            <ul style={{ margin: 0 }}>
              {fields.map((f) => (
                <li key={f.field + f.message}>
                  <code>{f.field}</code> {f.message}
                </li>
              ))}
            </ul>
          </>
        )
      }
    />
  );
}
