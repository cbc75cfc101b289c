import { useQuery } from '@tanstack/react-query';
import { Button, Form, Select, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, society } from '../../api/client';
import type { components } from '../../api/schema/society';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag, shanghai, useEnumLabel, useListParams } from '../../components/lists';
import { ActionButton, useRefresh } from './actions';

type Inbox = components['schemas']['InboxEntry'];
type Dispatch = components['schemas']['Dispatch'];

const INBOX = ['APPLIED', 'WAITING', 'REJECTED', 'SUPERSEDED'] as const;
const DISPATCH = ['PENDING', 'SENT', 'FAILED'] as const;

function Payload({ value }: { value: unknown }) {
  return <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;
}

function StatusFilter({ options, list }: { options: readonly string[]; list: ReturnType<typeof useListParams> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Form layout="inline" initialValues={{ status: list.filters.status }} onFinish={(v) => list.setFilters({ tab: list.filters.tab, ...v })}>
      <Form.Item name="status" label={t('common.status')}>
        <Select allowClear style={{ minWidth: 140 }} options={options.map((v) => ({ value: v, label: label(v) }))} />
      </Form.Item>
      <Button htmlType="submit">{t('common.search')}</Button>
    </Form>
  );
}

function InboxTable() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams({ size: 20 });
  const status = list.filters.status as Inbox['status'];
  const { data, error, isFetching } = useQuery({
    queryKey: ['civil-inbox', status, list.query],
    queryFn: () => call(society.GET('/api/civil-affairs/inbox', { params: { query: { status, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <StatusFilter options={INBOX} list={list} />
      <ProblemAlert error={error} />
      <Table<Inbox>
        rowKey="messageId"
        size="small"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 900 }}
        expandable={{ expandedRowRender: (m) => <Payload value={m.payload} /> }}
        columns={[
          { title: t('register.civil.receivedAt'), dataIndex: 'receivedAt', render: (v) => shanghai(v) },
          { title: t('register.civil.kind'), dataIndex: 'kind', render: label },
          { title: t('inspection.society'), dataIndex: 'societyId', render: (id) => id && <Link to={`/societies/${id}`}>{t('common.open')}</Link> },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('register.civil.messageId'), dataIndex: 'messageId' },
          { title: t('register.civil.error'), key: 'error', render: (_, m) => [m.error, ...(m.errors ?? []).map((e) => `${e.field} ${e.message}`)].filter(Boolean).join('；') },
        ]}
      />
    </Space>
  );
}

function DispatchTable() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const refresh = useRefresh();
  const list = useListParams({ size: 20 });
  const status = list.filters.status as Dispatch['status'];
  const { data, error, isFetching } = useQuery({
    queryKey: ['civil-dispatches', status, list.query],
    queryFn: () => call(society.GET('/api/civil-affairs/dispatches', { params: { query: { status, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <StatusFilter options={DISPATCH} list={list} />
      <ProblemAlert error={error} />
      <Table<Dispatch>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 900 }}
        expandable={{ expandedRowRender: (d) => <Payload value={d.payload} /> }}
        columns={[
          { title: t('register.civil.createdAt'), dataIndex: 'createdAt', render: (v) => shanghai(v) },
          { title: t('register.civil.kind'), dataIndex: 'kind', render: label },
          { title: t('inspection.society'), dataIndex: 'societyId', render: (id) => id && <Link to={`/societies/${id}`}>{t('common.open')}</Link> },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('register.civil.attempts'), dataIndex: 'attempts' },
          { title: t('register.civil.sentAt'), dataIndex: 'sentAt', render: (v, d) => shanghai(v ?? d.nextAttemptAt) },
          { title: t('register.civil.error'), dataIndex: 'lastError' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, d) =>
              d.status !== 'SENT' && (
                <ActionButton size="small" label={t('register.civil.resend')} done={() => refresh('civil-dispatches')}
                  run={() => call(society.POST('/api/civil-affairs/dispatches/{id}/resend', { params: { path: { id: d.id! } } }))} />
              ),
          },
        ]}
      />
    </Space>
  );
}

/** ADMIN's link with civil affairs: what it sent (registrations, inspection outcomes, deregistrations) and what goes to it. */
export function CivilAffairs() {
  const { t } = useTranslation();
  const list = useListParams();
  const tab = list.filters.tab ?? 'inbox';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.nav.civilAffairs')}</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(next) => list.setFilters({ tab: next })}
        items={[
          { key: 'inbox', label: t('register.civil.inbox'), children: tab === 'inbox' && <InboxTable /> },
          { key: 'dispatches', label: t('register.civil.dispatches'), children: tab === 'dispatches' && <DispatchTable /> },
        ]}
      />
    </Space>
  );
}
