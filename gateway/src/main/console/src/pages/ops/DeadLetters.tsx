import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, events, experts, funding, publicity, society } from '../../api/client';
import type { components } from '../../api/schema/event';
import { ProblemAlert } from '../../components/ProblemAlert';
import { shanghai, useListParams } from '../../components/lists';

type DeadLetter = components['schemas']['DeadLetter'];
interface Letter extends DeadLetter {
  service: Service;
}
type Service = (typeof SERVICES)[number];
const SERVICES = ['society', 'funding', 'expert', 'event', 'publicity'] as const;

/** Each service keeps its own dead letters behind its own prefix; the same two calls on each. */
const ENDPOINTS: Record<Service, { list: () => Promise<DeadLetter[]>; replay: (l: DeadLetter) => Promise<unknown> }> = {
  society: {
    list: () => call(society.GET('/api/societies/dead-letters', {})),
    replay: (l) => call(society.POST('/api/societies/dead-letters/{topic}/{partition}/{offset}/replay', { params: { path: where(l) } })),
  },
  funding: {
    list: () => call(funding.GET('/api/funding/dead-letters', {})),
    replay: (l) => call(funding.POST('/api/funding/dead-letters/{topic}/{partition}/{offset}/replay', { params: { path: where(l) } })),
  },
  expert: {
    list: () => call(experts.GET('/api/experts/dead-letters', {})),
    replay: (l) => call(experts.POST('/api/experts/dead-letters/{topic}/{partition}/{offset}/replay', { params: { path: where(l) } })),
  },
  event: {
    list: () => call(events.GET('/api/events/dead-letters', {})),
    replay: (l) => call(events.POST('/api/events/dead-letters/{topic}/{partition}/{offset}/replay', { params: { path: where(l) } })),
  },
  publicity: {
    list: () => call(publicity.GET('/api/publicity/dead-letters', {})),
    replay: (l) => call(publicity.POST('/api/publicity/dead-letters/{topic}/{partition}/{offset}/replay', { params: { path: where(l) } })),
  },
};

function where(l: DeadLetter) {
  return { topic: l.topic!, partition: l.partition!, offset: l.offset! };
}

/**
 * ADMIN: every service's dead letters (messages a consumer refused, with the reason) on one page,
 * newest first, and a replay that puts one back on its original topic once its cause is fixed.
 */
export function DeadLetters() {
  const { t } = useTranslation();
  const list = useListParams();
  const chosen = list.filters.service as Service | undefined;
  const shown = chosen ? [chosen] : SERVICES;
  const results = useQueries({
    queries: shown.map((service) => ({
      queryKey: ['dead-letters', service],
      queryFn: async () => (await ENDPOINTS[service].list()).map((l) => ({ ...l, service }) as Letter),
    })),
  });
  const letters = results
    .flatMap((r) => r.data ?? [])
    .sort((a, b) => String(b.failedAt).localeCompare(String(a.failedAt)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('events.nav.deadLetters')}</Typography.Title>
      <Typography.Paragraph>{t('events.ops.deadLettersHint')}</Typography.Paragraph>
      <Form layout="inline" initialValues={list.filters} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="service" label={t('events.ops.service')}>
          <Select allowClear style={{ minWidth: 140 }} options={SERVICES.map((s) => ({ value: s, label: t(`events.ops.services.${s}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      {results.map((r, i) => r.error && <ProblemAlert key={shown[i]} error={r.error} />)}
      <Table<Letter>
        rowKey={(l) => `${l.topic}/${l.partition}/${l.offset}`}
        loading={results.some((r) => r.isFetching)}
        dataSource={letters}
        pagination={{ showTotal: (count) => t('common.total', { count }), showSizeChanger: true }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('events.ops.noDeadLetters') }}
        expandable={{
          expandedRowRender: (l) => (
            <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0, maxHeight: 320, overflow: 'auto' }}>{l.value}</pre>
          ),
        }}
        columns={[
          { title: t('events.ops.failedAt'), dataIndex: 'failedAt', render: (v) => shanghai(v) },
          { title: t('events.ops.service'), dataIndex: 'service', render: (s) => t(`events.ops.services.${s}`) },
          { title: t('events.ops.topic'), dataIndex: 'originalTopic' },
          { title: t('events.ops.consumer'), dataIndex: 'consumer' },
          { title: t('events.ops.reason'), dataIndex: 'reason', ellipsis: true },
          { title: t('events.ops.key'), dataIndex: 'key', ellipsis: true },
          { title: t('common.actions'), key: 'replay', render: (_, l) => <Replay letter={l} /> },
        ]}
      />
    </Space>
  );
}

function Replay({ letter }: { letter: Letter }) {
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
            await ENDPOINTS[letter.service].replay(letter);
            message.success(t('events.ops.replayed'));
            await queries.invalidateQueries({ queryKey: ['dead-letters', letter.service] });
          } catch (e) {
            setError(e);
          }
        }}
      >
        {t('events.ops.replay')}
      </Button>
      <ProblemAlert error={error} />
    </Space>
  );
}

/** ADMIN: the runs of society-service's scheduled jobs (which instance, when, the outcome). */
export function JobRuns() {
  const { t } = useTranslation();
  const list = useListParams();
  const job = list.filters.job;
  const limit = Number(list.filters.limit ?? 50);
  const { data, error, isFetching } = useQuery({
    queryKey: ['job-runs', job, limit],
    queryFn: () => call(society.GET('/api/societies/jobs/runs', { params: { query: { job, limit } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('events.nav.jobs')}</Typography.Title>
      <Form layout="inline" initialValues={{ job, limit }} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="job" label={t('events.ops.job')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="limit" label={t('events.ops.limit')}>
          <InputNumber min={1} max={500} />
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
        scroll={{ x: 900 }}
        columns={[
          { title: t('events.ops.startedAt'), dataIndex: 'startedAt', render: (v) => shanghai(v) },
          { title: t('events.ops.finishedAt'), dataIndex: 'finishedAt', render: (v) => shanghai(v) },
          { title: t('events.ops.job'), dataIndex: 'job' },
          { title: t('events.ops.instance'), dataIndex: 'instance' },
          { title: t('events.ops.outcome'), dataIndex: 'outcome' },
          { title: t('events.ops.summary'), dataIndex: 'summary', ellipsis: true },
        ]}
      />
    </Space>
  );
}
