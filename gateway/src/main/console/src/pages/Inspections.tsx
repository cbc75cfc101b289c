import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, InputNumber, Select, Space, Table, Typography, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, society } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { StatusTag, day, useEnumLabel, useListParams } from '../components/lists';
import { InspectionActions } from './inspection';

const STATUSES = ['PENDING', 'REPORT_FILED', 'PRE_REVIEWED', 'FORWARDED', 'COMPLETED', 'MISSED', 'EXEMPT'];

/** ADMIN's round (年检名单): every society's inspection of a year, with pre-review and forwarding at hand. */
export function Inspections() {
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
      <Typography.Title level={2}>{t('nav.inspections')}</Typography.Title>
      <Form layout="inline" initialValues={{ year, status }} onFinish={list.setFilters} style={{ rowGap: 8 }}>
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
