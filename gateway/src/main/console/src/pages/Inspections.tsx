import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, InputNumber, Select, Space, Table, Tabs, Typography, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, society } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { StatusTag, day, useEnumLabel, useListParams } from '../components/lists';
import { InspectionActions } from './inspection';
import { ForwardingLate, RoundSchedule, StandingCases } from './register/inspectionRound';

const STATUSES = ['PENDING', 'REPORT_FILED', 'PRE_REVIEWED', 'FORWARDED', 'COMPLETED', 'MISSED', 'EXEMPT'];

/**
 * ADMIN's annual inspection: the year's schedule and opening, the round (年检名单) with pre-review
 * and forwarding at hand, the reports held past the forwarding deadline, and the standing cases.
 */
export function Inspections() {
  const { t } = useTranslation();
  const list = useListParams({ size: 50 });
  const view = list.filters.view ?? 'round';
  const year = Number(list.filters.year ?? new Date().getFullYear() - 1);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.inspections')}</Typography.Title>
      <Tabs
        activeKey={view}
        onChange={(next) => list.setFilters({ view: next, year: list.filters.year })}
        items={[
          { key: 'round', label: t('inspection.round'), children: view === 'round' && <Round /> },
          { key: 'schedule', label: t('register.inspections.scheduleTab'), children: view === 'schedule' && <Schedules year={year} /> },
          { key: 'late', label: t('register.inspections.late'), children: view === 'late' && <ForwardingLate /> },
          { key: 'standing', label: t('society.standing'), children: view === 'standing' && <StandingCases /> },
        ]}
      />
    </Space>
  );
}

/** Last year's round (open since 1 January) and this year's (open only when ADMIN scheduled it early). */
function Schedules({ year }: { year: number }) {
  const current = new Date().getFullYear();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {[...new Set([year, current - 1, current])].sort().map((y) => <RoundSchedule key={y} year={y} />)}
    </Space>
  );
}

function Round() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams({ size: 50 });
  const queries = useQueryClient();
  const year = Number(list.filters.year ?? new Date().getFullYear() - 1);
  const status = list.filters.status as (typeof STATUSES)[number] | undefined;
  const key = ['inspections', year, status, list.query];
  const { data, error, isFetching } = useQuery({
    queryKey: key,
    queryFn: () =>
      call(society.GET('/api/societies/inspections', {
        params: { query: { year, status: status as 'PENDING' | undefined, page: list.query } },
      })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form layout="inline" initialValues={{ year, status }} onFinish={(values) => list.setFilters({ view: list.filters.view, ...values })} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('inspection.year')}>
          <InputNumber min={2000} max={new Date().getFullYear()} />
        </Form.Item>
        <Form.Item name="status" label={t('inspection.status')}>
          <Select allowClear style={{ minWidth: 140 }} options={STATUSES.map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey="societyId"
        size="middle"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 700 }}
        columns={[
          {
            title: t('inspection.society'),
            dataIndex: 'societyName',
            render: (name, row) => <Link to={`/societies/${row.societyId}?tab=inspections`}>{name}</Link>,
          },
          { title: t('inspection.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('inspection.outcome'), dataIndex: 'outcome', render: (v) => <StatusTag value={v} /> },
          { title: t('inspection.forwardDue'), dataIndex: 'forwardingLateOn', render: day },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, row) => (
              <InspectionActions
                societyId={row.societyId!}
                year={row.year!}
                status={row.status}
                invalidate={() => void queries.invalidateQueries({ queryKey: ['inspections'] })}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
