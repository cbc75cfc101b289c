import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, society } from '../api/client';
import type { components } from '../api/schema/society';
import { ProblemAlert } from '../components/ProblemAlert';
import { ProblemForm } from '../components/ProblemForm';

type AnnualReport = components['schemas']['AnnualReport'];
type PreReview = components['schemas']['PreReview'];

/** The secretariat's annual work report (年度工作报告) for one year; its draft survives a new sign-in. */
export function AnnualReportForm({ societyId, year, initial, onFiled }: {
  societyId: string;
  year: number;
  initial?: AnnualReport;
  onFiled: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnnualReport>();
  const money = { min: 0, precision: 2, step: 100, style: { width: '100%' } };
  return (
    <Card title={`${t('inspection.fileReport')} · ${year}`} size="small">
      <ProblemForm<AnnualReport>
        form={form}
        name={`annual-report-${year}`}
        draftKey={`annual-report:${societyId}:${year}`}
        initialValues={initial}
        onSubmit={async (values) => {
          await call(society.PUT('/api/societies/{id}/inspections/{year}/report', { params: { path: { id: societyId, year } }, body: values }));
          message.success(t('inspection.filed'));
          onFiled();
        }}
      >
        <Form.Item name="summary" label={t('inspection.summary')} rules={[{ required: true }, { max: 4000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="activitiesHeld" label={t('inspection.activitiesHeld')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="individualMembers" label={t('society.individualMembers')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="unitMembers" label={t('society.unitMembers')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="income" label={t('inspection.income')} rules={[{ required: true }]}>
            <InputNumber<number> {...money} />
          </Form.Item>
          <Form.Item name="expenditure" label={t('inspection.expenditure')} rules={[{ required: true }]}>
            <InputNumber<number> {...money} />
          </Form.Item>
          <Form.Item name="netAssets" label={t('inspection.netAssets')} rules={[{ required: true }]}>
            <InputNumber<number> {...money} min={undefined} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit">
          {t('common.submit')}
        </Button>
      </ProblemForm>
    </Card>
  );
}

/** ADMIN's steps on a filed report: pre-review (pass, or return with comments), then forwarding to civil affairs. */
export function InspectionActions({ societyId, year, status, invalidate }: {
  societyId: string;
  year: number;
  status?: string;
  invalidate: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PreReview>();
  const queries = useQueryClient();
  const done = () => {
    invalidate();
    void queries.invalidateQueries({ queryKey: ['inspections'] });
  };
  const forward = useMutation({
    mutationFn: () => call(society.POST('/api/societies/{id}/inspections/{year}/forwarding', { params: { path: { id: societyId, year } } })),
    onSuccess: () => {
      message.success(t('inspection.forwarded'));
      done();
    },
  });
  if (status === 'PRE_REVIEWED') {
    return (
      <Space orientation="vertical">
        <Button onClick={() => forward.mutate()} loading={forward.isPending}>
          {t('inspection.forward')}
        </Button>
        <ProblemAlert error={forward.error} />
      </Space>
    );
  }
  if (status !== 'REPORT_FILED') return null;
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('inspection.preReview')}
      </Button>
      <Modal open={open} title={`${t('inspection.preReview')} · ${year}`} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <ProblemForm<PreReview>
          form={form}
          name={`pre-review-${societyId}-${year}`}
          draftKey={`pre-review:${societyId}:${year}`}
          initialValues={{ passed: true }}
          onSubmit={async (values) => {
            await call(society.POST('/api/societies/{id}/inspections/{year}/pre-review', { params: { path: { id: societyId, year } }, body: values }));
            message.success(t('inspection.reviewed'));
            setOpen(false);
            done();
          }}
        >
          <Form.Item name="passed" label={t('inspection.preReview')}>
            <Radio.Group
              options={[
                { value: true, label: t('inspection.pass') },
                { value: false, label: t('inspection.return') },
              ]}
            />
          </Form.Item>
          <Form.Item name="comments" label={t('inspection.preReviewComments')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.submit')}
          </Button>
        </ProblemForm>
      </Modal>
    </>
  );
}
