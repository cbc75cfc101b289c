import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, funding } from '../../api/client';
import type { components } from '../../api/schema/funding';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { shanghai, useEnumLabel } from '../../components/lists';
import { StepForm } from './steps';

type Grant = components['schemas']['GrantView'];
type Reviewer = components['schemas']['ExpertProfile'];
type Declared = components['schemas']['DeclaredConflict'];

/** Why a reviewer may not review this grant, as far as the console can tell; the service checks again. */
export function conflictOf(reviewer: Reviewer, grant: Grant, declared: Declared[]): 'member' | 'declared' | undefined {
  if (grant.societyId && (reviewer.societyIds ?? []).includes(grant.societyId)) return 'member';
  const mine = declared.filter((d) => d.expertId === reviewer.id);
  if (mine.some((d) => d.applicationId === grant.id || (!d.applicationId && d.societyId === grant.societyId))) return 'declared';
  return undefined;
}

/** ADMIN's reviewers of one application: who scored what, assigning more (never a conflicted one), declared conflicts. */
export function Reviewers({ grant: g, assign, refresh }: { grant: Grant; assign: boolean; refresh: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const id = g.id ?? '';
  const [q, setQ] = useState('');
  const [form] = Form.useForm<{ expertIds: string[] }>();
  const sheet = useQuery({
    queryKey: ['sheet', id],
    queryFn: () => call(funding.GET('/api/funding/applications/{id}/reviews', { params: { path: { id } } })),
  });
  const reviewers = useQuery({
    queryKey: ['reviewers', q],
    queryFn: () => call(funding.GET('/api/funding/reviewers', { params: { query: { q: q || undefined, page: { size: 50 } } } })),
  });
  const conflicts = useQuery({
    queryKey: ['funding-conflicts', g.societyId],
    queryFn: () => call(funding.GET('/api/funding/reviews/conflicts', { params: { query: { societyId: g.societyId, page: { size: 100 } } } })),
  });
  const declared = (conflicts.data?.content ?? []).filter((d) => !d.applicationId || d.applicationId === id);
  const assigned = new Set((sheet.data?.reviews ?? []).map((r) => r.expertId));
  const names = new Map((reviewers.data?.content ?? []).map((r) => [r.id, r.name]));
  const options = (reviewers.data?.content ?? []).map((r) => {
    const conflict = conflictOf(r, g, declared);
    return {
      value: r.id ?? '',
      disabled: Boolean(conflict) || assigned.has(r.id),
      label: `${r.name}（${r.employer ?? ''}）${conflict ? ` · ${t(`grants.conflict.${conflict}`)}` : ''}`,
    };
  });

  return (
    <Card size="small" title={t('grants.reviewers')}>
      <ProblemAlert error={sheet.error ?? reviewers.error ?? conflicts.error} />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sheet.data?.reviews}
        columns={[
          { title: t('expert.name'), dataIndex: 'expertName' },
          { title: t('funding.myReview'), dataIndex: 'status', render: (v) => label(v) },
          { title: t('funding.total'), dataIndex: 'total' },
          { title: t('common.comments'), dataIndex: 'comments' },
          { title: t('funding.assignedAt'), dataIndex: 'assignedAt', render: (v) => shanghai(v) },
        ]}
      />
      {assign && (
        <ProblemForm<{ expertIds: string[] }>
          form={form}
          name="assign-reviewers"
          style={{ marginTop: 16 }}
          onSubmit={async (body) => {
            await call(funding.POST('/api/funding/applications/{id}/reviewers', { params: { path: { id } }, body }));
            form.resetFields();
            refresh();
          }}
        >
          <Space wrap align="end">
            <Form.Item name="expertIds" label={t('grants.assignReviewers')} rules={[{ required: true, type: 'array', min: 1 }]} style={{ minWidth: 320 }}>
              <Select mode="multiple" showSearch={{ filterOption: false, onSearch: setQ }} options={options} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit">
                {t('grants.assign')}
              </Button>
            </Form.Item>
          </Space>
        </ProblemForm>
      )}
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        {t('grants.conflicts')}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={declared}
        columns={[
          { title: t('expert.name'), dataIndex: 'expertId', render: (v: string) => names.get(v) ?? v },
          { title: t('grants.scope'), dataIndex: 'applicationId', render: (v) => <Tag>{v ? t('grants.thisApplication') : t('grants.wholeSociety')}</Tag> },
          { title: t('grants.reason'), dataIndex: 'reason' },
          { title: t('grants.declaredAt'), dataIndex: 'declaredAt', render: (v) => shanghai(v) },
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <StepForm<{ expertId: string; reason: string }> label={t('grants.declareForReviewer')} name="declare-conflict" done={() => void conflicts.refetch()}
          submit={(values) => call(funding.POST('/api/funding/reviews/conflicts', { body: { ...values, applicationId: id } }))}>
          <Form.Item name="expertId" label={t('expert.name')} rules={[{ required: true }]}>
            <Select showSearch={{ filterOption: false, onSearch: setQ }} options={options.map((o) => ({ ...o, disabled: false }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('grants.reason')} rules={[{ required: true, max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </StepForm>
      </div>
    </Card>
  );
}
