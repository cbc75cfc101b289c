import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { call, experts } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { ExportButton, StatusTag, useListParams } from '../components/lists';
import { useAuth } from '../auth/AuthProvider';

/** The expert pools and their members; personal data comes masked unless the API shows it in clear. */
export function Experts() {
  const { t } = useTranslation();
  const list = useListParams();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const pools = useQuery({ queryKey: ['pools'], queryFn: () => call(experts.GET('/api/experts/pools', {})) });
  const { data, error, isFetching } = useQuery({
    queryKey: ['experts', list.filters, list.query],
    queryFn: () => call(experts.GET('/api/experts', { params: { query: { filter: list.filters, page: list.query } } })),
  });
  const poolOptions = Object.entries(pools.data ?? {}).map(([code, rule]) => ({ value: code, label: rule.name ?? code }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.experts')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="pool" label={t('expert.pool')}>
          <Select allowClear style={{ minWidth: 160 }} options={poolOptions} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <ExportButton path="/api/experts/export.xlsx" query={{ ...list.filters, sort: list.query.sort }} />
        </Space>
      </Form>
      <ProblemAlert error={pools.error ?? error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 800 }}
        columns={[
          { title: t('expert.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrderOf('name') },
          { title: t('expert.title'), dataIndex: 'title' },
          { title: t('expert.employer'), dataIndex: 'employer' },
          { title: t('expert.pools'), dataIndex: 'pools', render: (seats: { pool?: string; name?: string }[] = []) => seats.map((p) => <Tag key={p.pool}>{p.name}</Tag>) },
          { title: t('account.phone'), dataIndex: 'phone' },
        ]}
      />
    </Space>
  );
}

/** Award rounds (奖项评选) of a year and where each stands. */
export function Awards() {
  const { t } = useTranslation();
  const list = useListParams();
  const year = Number(list.filters.year ?? new Date().getFullYear());
  const { data, error, isFetching } = useQuery({
    queryKey: ['programmes', year],
    queryFn: () => call(experts.GET('/api/awards/programmes', { params: { query: { year } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.awards')}</Typography.Title>
      <Form layout="inline" initialValues={{ year }} onFinish={list.setFilters}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          { title: t('expert.programme'), dataIndex: 'name' },
          { title: t('expert.kind'), dataIndex: 'kindLabel' },
          { title: t('expert.stage'), dataIndex: 'stageLabel' },
          {
            title: t('expert.quota'),
            dataIndex: 'classes',
            render: (classes: { name?: string; quota?: number }[] = []) => classes.map((c) => `${c.name} ${c.quota}`).join('，'),
          },
        ]}
      />
    </Space>
  );
}

/** An expert's own record (personal data in clear for them alone) and their advice proposals (建议直通车). */
export function MyProfile() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const id = session.expertId ?? '';
  const profile = useQuery({
    queryKey: ['expert', id],
    enabled: Boolean(id),
    queryFn: () => call(experts.GET('/api/experts/{id}', { params: { path: { id } } })),
  });
  const proposals = useQuery({ queryKey: ['proposals'], queryFn: () => call(experts.GET('/api/experts/proposals', {})) });
  const e = profile.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{e?.name ?? t('nav.myProfile')}</Typography.Title>
      <ProblemAlert error={profile.error ?? proposals.error} />
      {e && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('expert.title')}>{e.title}</Descriptions.Item>
          <Descriptions.Item label={t('expert.employer')}>{e.employer}</Descriptions.Item>
          <Descriptions.Item label={t('expert.pools')}>{(e.pools ?? []).map((p) => <Tag key={p.pool}>{p.name}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label={t('nav.register')}>{(e.societies ?? []).map((s) => s.name).join('，')}</Descriptions.Item>
          <Descriptions.Item label={t('account.phone')}>{e.phone}</Descriptions.Item>
          <Descriptions.Item label={t('account.email')}>{e.email}</Descriptions.Item>
          <Descriptions.Item label={t('expert.expertise')} span={2}>{(e.expertise ?? []).join('，')}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Title level={3}>{t('expert.proposals')}</Typography.Title>
      <Table
        rowKey="id"
        loading={proposals.isFetching}
        dataSource={proposals.data}
        scroll={{ x: 600 }}
        expandable={{ expandedRowRender: (p) => <Typography.Paragraph>{p.summary}</Typography.Paragraph> }}
        columns={[
          { title: t('common.year'), dataIndex: 'year' },
          { title: t('article.title'), dataIndex: 'title' },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('expert.forwardedTo'), dataIndex: 'forwardedTo' },
          { title: t('expert.adoption'), dataIndex: 'adoption' },
        ]}
      />
    </Space>
  );
}
