import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, download, experts } from '../../api/client';
import type { components } from '../../api/schema/expert';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { StatusTag, shanghai, useEnumLabel, useListParams } from '../../components/lists';
import { FilePicker } from '../funding/FilePicker';
import { fileBody } from '../funding/FinalReport';
import { StepForm } from '../funding/steps';

type Proposal = components['schemas']['ProposalView'];
type NewProposal = components['schemas']['NewProposal'];
const STATUSES = ['FILED', 'FORWARDED', 'ANSWERED'] as const;
const ADOPTIONS = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'] as const;

/**
 * Expert advice express (科技专家建议直通车): an expert files proposals with attachments and follows
 * them; ADMIN forwards them to the leadership and records the feedback and adoption.
 */
export function Proposals() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const author = hasAny(session, ['EXPERT', 'REVIEWER']);
  const list = useListParams();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const year = list.filters.year ? Number(list.filters.year) : undefined;
  const proposals = useQuery({
    queryKey: ['proposals', list.filters],
    queryFn: () => call(experts.GET('/api/experts/proposals', { params: { query: { year, status: list.filters.status as Proposal['status'] } } })),
  });
  const refresh = () => void proposals.refetch();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.proposals')}</Typography.Title>
      {author && <NewProposalForm onFiled={refresh} />}
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={STATUSES.map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={proposals.error} />
      <Table
        rowKey="id"
        loading={proposals.isFetching}
        dataSource={proposals.data}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (p) => (
            <Space orientation="vertical">
              <Typography.Paragraph>{p.summary}</Typography.Paragraph>
              {p.feedback && <Typography.Paragraph type="secondary">{t('pools.feedback')}：{p.feedback}</Typography.Paragraph>}
              <Space wrap>
                {(p.attachments ?? []).map((a) => (
                  <Button key={a.id} type="link" onClick={() => void download(`/api/experts/proposals/${p.id}/attachments/${a.id}`, {}, a.filename)}>
                    {a.filename}
                  </Button>
                ))}
              </Space>
            </Space>
          ),
        }}
        columns={[
          { title: t('common.year'), dataIndex: 'year' },
          { title: t('article.title'), dataIndex: 'title' },
          { title: t('pools.topic'), dataIndex: 'topic' },
          { title: t('pools.authors'), dataIndex: 'authors', render: (a: Proposal['authors']) => (a ?? []).map((x) => x.name).join('，') },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('pools.filedAt'), dataIndex: 'filedAt', render: (v) => shanghai(v) },
          { title: t('expert.forwardedTo'), dataIndex: 'forwardedTo' },
          { title: t('expert.adoption'), dataIndex: 'adoption', render: (v) => label(v) },
          ...(admin
            ? [{
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, p: Proposal) => (
                  <Space wrap>
                    {p.status === 'FILED' && (
                      <StepForm<{ forwardedTo: string }> label={t('pools.forward')} name={`forward-${p.id}`} done={refresh}
                        submit={(body) => call(experts.POST('/api/experts/proposals/{id}/forwarding', { params: { path: { id: p.id ?? '' } }, body }))}>
                        <Form.Item name="forwardedTo" label={t('expert.forwardedTo')} rules={[{ required: true, max: 200 }]}>
                          <Input />
                        </Form.Item>
                      </StepForm>
                    )}
                    {p.status !== 'ANSWERED' && (
                      <StepForm<{ feedback: string; adoption: Proposal['adoption'] }> label={t('pools.recordFeedback')} name={`feedback-${p.id}`} done={refresh}
                        submit={(body) => call(experts.POST('/api/experts/proposals/{id}/feedback', { params: { path: { id: p.id ?? '' } }, body: body as components['schemas']['Feedback'] }))}>
                        <Form.Item name="adoption" label={t('expert.adoption')} rules={[{ required: true }]}>
                          <Select options={ADOPTIONS.map((v) => ({ value: v, label: label(v) }))} />
                        </Form.Item>
                        <Form.Item name="feedback" label={t('pools.feedback')} rules={[{ required: true, max: 4000 }]}>
                          <Input.TextArea rows={3} />
                        </Form.Item>
                      </StepForm>
                    )}
                  </Space>
                ),
              }]
            : []),
        ]}
      />
    </Space>
  );
}

/** Filing a proposal, then its attachments one by one (each recognised by its content). */
function NewProposalForm({ onFiled }: { onFiled: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewProposal>();
  const [files, setFiles] = useState<File[]>([]);
  const [q, setQ] = useState('');
  const coAuthors = useQuery({
    queryKey: ['experts', 'pick', q],
    queryFn: () => call(experts.GET('/api/experts', { params: { query: { filter: { q: q || undefined }, page: { size: 20 } } } })),
  });
  return (
    <Card size="small" title={t('pools.newProposal')}>
      <ProblemForm<NewProposal>
        form={form}
        name="proposal"
        draftKey="proposal:new"
        onSubmit={async (values) => {
          const filed = await call(experts.POST('/api/experts/proposals', { body: values }));
          // the proposal stands once filed: a refused attachment is reported, not filed twice
          form.resetFields();
          onFiled();
          message.success(t('pools.filed'));
          const waiting = files;
          setFiles([]);
          for (const f of waiting) {
            await call(experts.POST('/api/experts/proposals/{id}/attachments', { params: { path: { id: filed.id ?? '' } }, ...fileBody(f) }));
          }
          onFiled();
        }}
      >
        <Form.Item name="title" label={t('article.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="topic" label={t('pools.topic')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="summary" label={t('article.summary')} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="coAuthorIds" label={t('pools.coAuthors')}>
          <Select mode="multiple" showSearch={{ filterOption: false, onSearch: setQ }}
            options={(coAuthors.data?.content ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.employer}）` }))} />
        </Form.Item>
        <Form.Item label={t('pools.attachments')} extra={t('pools.attachmentsHint')}>
          <Space wrap>
            <FilePicker multiple accept=".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg" icon={<UploadOutlined />} onFiles={(chosen) => setFiles((f) => [...f, ...chosen])}>
              {t('pools.chooseFile')}
            </FilePicker>
            {files.map((f, i) => (
              <Tag key={`${f.name}-${i}`} closable onClose={() => setFiles((all) => all.filter((_, j) => j !== i))}>
                {f.name}
              </Tag>
            ))}
          </Space>
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('pools.file')}
        </Button>
      </ProblemForm>
    </Card>
  );
}
