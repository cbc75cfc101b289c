import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { call, funding } from '../../api/client';
import { StepForm } from './steps';

/**
 * A reviewer declares a conflict with the application in front of them (回避). The service records
 * it and withdraws the assignment, so the reviewer goes back to a queue without it.
 */
export function DeclareConflict({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  return (
    <div>
      <StepForm<{ reason: string }>
        label={t('grants.declareConflict')}
        name="declare-conflict"
        done={() => {
          void queries.invalidateQueries({ queryKey: ['assignments'] });
          navigate('/funding/reviews');
        }}
        submit={(values) => call(funding.POST('/api/funding/reviews/conflicts', { body: { applicationId, reason: values.reason } }))}
      >
        <Typography.Paragraph type="secondary">{t('grants.declareConflictHint')}</Typography.Paragraph>
        <Form.Item name="reason" label={t('grants.reason')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </StepForm>
    </div>
  );
}
