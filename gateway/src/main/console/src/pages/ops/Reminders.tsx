import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, publicity } from '../../api/client';
import type { components } from '../../api/schema/publicity';
import { ProblemAlert } from '../../components/ProblemAlert';
import { shanghai, useListParams } from '../../components/lists';
import { dueLabel } from '../events/shared';
import { DEADLINE_KINDS, kindLabel } from '../publicity/reminders';

type Deadline = components['schemas']['Deadline'];
type Mail = components['schemas']['OutgoingMail'];
type Run = components['schemas']['Run'];

const STATES = ['OPEN', 'MET', 'CANCELLED'];
const MAIL_STATUSES = ['PENDING', 'HELD', 'SENT', 'FAILED'];
const STATE_COLOURS: Record<string, string> = { OPEN: '#0958d9', MET: '#237804', CANCELLED: '#595959', SENT: '#237804', FAILED: '#a8071a', PENDING: '#874d00', HELD: '#006d75' };

function StateTag({ value }: { value?: string }) {
  const { t } = useTranslation();
  return value ? <Tag color={STATE_COLOURS[value] ?? '#595959'}>{t(`events.reminders.state.${value}`, { defaultValue: value })}</Tag> : null;
}

/** ADMIN: run the reminders now, and what came of it. */
function RunNow() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [run, setRun] = useState<Run>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const act = (what: 'run' | 'deliver') => async () => {
    setBusy(true);
    setError(undefined);
    try {
      if (what === 'run') setRun(await call(publicity.POST('/api/publicity/reminders/runs', {})));
      else {
        const d = await call(publicity.POST('/api/publicity/reminders/mail/delivery', {}));
        setRun({ mails: d.sent, failed: d.failed });
      }
      await queries.invalidateQueries({ queryKey: ['reminder-mail'] });
      await queries.invalidateQueries({ queryKey: ['inbox-unread'] });
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button loading={busy} onClick={act('run')}>
          {t('events.reminders.runNow')}
        </Button>
        <Button loading={busy} onClick={act('deliver')}>
          {t('events.reminders.deliverNow')}
        </Button>
      </Space>
      <ProblemAlert error={error} />
      {run && (
        <Descriptions size="small" bordered column={{ xs: 1, md: 5 }} data-testid="reminder-run">
          {(['deadlines', 'notices', 'mails', 'escalations', 'failed'] as const)
            .filter((k) => run[k] !== undefined)
            .map((k) => (
              <Descriptions.Item key={k} label={t(`events.reminders.run.${k}`)}>
                {run[k]}
              </Descriptions.Item>
            ))}
        </Descriptions>
      )}
    </Space>
  );
}

/** ADMIN: the deadlines every service announced, open, met or cancelled. */
export function Deadlines() {
  const { t } = useTranslation();
  const list = useListParams({ sort: 'dueAt,asc' });
  const filter = { state: list.filters.state, kind: list.filters.kind };
  const { data, error, isFetching } = useQuery({
    queryKey: ['reminder-deadlines', filter, list.query],
    queryFn: () => call(publicity.GET('/api/publicity/reminders/deadlines', { params: { query: { ...filter, page: list.query } } })),
  });
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: list.sortOrderOf(key) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('events.nav.deadlines')}</Typography.Title>
      <RunNow />
      <Form layout="inline" initialValues={list.filters} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="state" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={STATES.map((s) => ({ value: s, label: t(`events.reminders.state.${s}`) }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('events.inbox.kind')}>
          <Select allowClear style={{ minWidth: 180 }} options={DEADLINE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table<Deadline>
        rowKey="deadlineId"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 960 }}
        columns={[
          { title: t('events.inbox.dueAt'), dataIndex: 'dueAt', ...sortable('dueAt'), render: (v) => dueLabel(v) },
          { title: t('events.inbox.kind'), dataIndex: 'kind', ...sortable('kind'), render: (k) => kindLabel(t, k) },
          { title: t('events.inbox.title'), dataIndex: 'title' },
          {
            title: t('events.reminders.audience'),
            key: 'audience',
            render: (_, d) =>
              d.societyId ? (
                <Link to={`/societies/${d.societyId}`}>{t('events.reminders.audienceKind.SOCIETY')}</Link>
              ) : (
                t(`events.reminders.audienceKind.${d.audienceKind}`, { defaultValue: d.audienceKind ?? '' })
              ),
          },
          { title: t('common.status'), dataIndex: 'state', render: (s) => <StateTag value={s} /> },
          { title: t('events.reminders.metAt'), dataIndex: 'metAt', render: (v) => shanghai(v) },
          { title: t('events.reminders.producer'), dataIndex: 'producer' },
          { title: t('events.reminders.asOf'), dataIndex: 'asOf', ...sortable('asOf'), render: (v) => shanghai(v) },
        ]}
      />
    </Space>
  );
}

/** ADMIN: the reminder mail outbox (never a body), with a retry for a mail that failed. */
export function Mail() {
  const { t } = useTranslation();
  const list = useListParams();
  const filter = { status: list.filters.status, recipient: list.filters.recipient };
  const { data, error, isFetching } = useQuery({
    queryKey: ['reminder-mail', filter, list.query],
    queryFn: () => call(publicity.GET('/api/publicity/reminders/mail', { params: { query: { ...filter, page: list.query } } })),
  });
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: list.sortOrderOf(key) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('events.nav.mail')}</Typography.Title>
      <RunNow />
      <Form layout="inline" initialValues={list.filters} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={MAIL_STATUSES.map((s) => ({ value: s, label: t(`events.reminders.state.${s}`) }))} />
        </Form.Item>
        <Form.Item name="recipient" label={t('events.reminders.recipient')}>
          <Input allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table<Mail>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('events.inbox.createdAt'), dataIndex: 'createdAt', ...sortable('createdAt'), render: (v) => shanghai(v) },
          { title: t('events.reminders.recipient'), dataIndex: 'recipient' },
          { title: t('events.reminders.address'), dataIndex: 'address' },
          { title: t('events.reminders.subject'), dataIndex: 'subject' },
          { title: t('common.status'), dataIndex: 'status', render: (s) => <StateTag value={s} /> },
          { title: t('events.reminders.attempts'), dataIndex: 'attempts' },
          { title: t('events.reminders.nextAttempt'), dataIndex: 'nextAttemptAt', ...sortable('nextAttemptAt'), render: (v) => shanghai(v) },
          { title: t('events.reminders.sentAt'), dataIndex: 'sentAt', render: (v) => shanghai(v) },
          { title: t('events.reminders.lastError'), dataIndex: 'lastError', ellipsis: true },
          { title: t('common.actions'), key: 'retry', render: (_, m) => m.status === 'FAILED' && <Retry mail={m} /> },
        ]}
      />
    </Space>
  );
}

function Retry({ mail }: { mail: Mail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>();
  return (
    <Space orientation="vertical">
      <Button
        size="small"
        onClick={async () => {
          setError(undefined);
          try {
            await call(publicity.POST('/api/publicity/reminders/mail/{id}/retry', { params: { path: { id: mail.id! } } }));
            message.success(t('events.reminders.retried'));
            await queries.invalidateQueries({ queryKey: ['reminder-mail'] });
          } catch (e) {
            setError(e);
          }
        }}
      >
        {t('events.reminders.retry')}
      </Button>
      <ProblemAlert error={error} />
    </Space>
  );
}
