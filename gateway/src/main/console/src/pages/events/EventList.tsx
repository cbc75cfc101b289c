import { useQuery } from '@tanstack/react-query';
import { Button, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

import { call, events } from '../../api/client';
import type { components } from '../../api/schema/event';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag, shanghai, useListParams, scrollWhenRows } from '../../components/lists';
import { SocietySelect, shanghaiYear } from './shared';

type EventView = components['schemas']['EventView'];
const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'HELD', 'CANCELLED'] as const;

/**
 * Events of a year (the API lists a year whole; the table pages it); drafts only for ADMIN and the
 * organisers (the API decides). The order is kept in the address like every list's.
 */
export function EventList() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const navigate = useNavigate();
  const list = useListParams({ sort: 'startsAt,asc' });
  const year = Number(list.filters.year ?? shanghaiYear());
  const status = list.filters.status as (typeof EVENT_STATUSES)[number] | undefined;
  const societyId = list.filters.societyId;
  const { data, error, isFetching } = useQuery({
    queryKey: ['events', year, status, societyId],
    queryFn: () => call(events.GET('/api/events', { params: { query: { year, status, societyId } } })),
  });
  const order = list.sortOrderOf('startsAt');
  const organiser = hasAny(session, ['ADMIN', 'SOCIETY_SECRETARY']);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t('nav.events')}</Typography.Title>
        {organiser && (
          <Button type="primary" onClick={() => navigate('/events/new')}>
            {t('events.event.new')}
          </Button>
        )}
      </Space>
      <Form layout="inline" initialValues={{ year, status, societyId }} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={EVENT_STATUSES.map((v) => ({ value: v, label: t(`enum.${v}`) }))} />
        </Form.Item>
        <Form.Item name="societyId" label={t('event.organiser')}>
          <SocietySelect aria-label={t('event.organiser')} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table<EventView>
        rowKey="id"
        loading={isFetching}
        dataSource={data}
        onChange={list.onTableChange}
        pagination={{ ...list.pagination(), total: data?.length ?? 0, showTotal: (count) => t('common.total', { count }) }}
        scroll={scrollWhenRows(data, 900)}
        columns={[
          {
            title: t('event.startsAt'),
            dataIndex: 'startsAt',
            key: 'startsAt',
            render: (v) => shanghai(v),
            sorter: (a, b) => String(a.startsAt).localeCompare(String(b.startsAt)),
            sortOrder: order,
          },
          { title: t('event.title'), dataIndex: 'title', render: (title, e) => <Link to={`/events/${e.id}`}>{title}</Link> },
          { title: t('event.organiser'), dataIndex: ['organiser', 'name'] },
          { title: t('event.kind'), dataIndex: 'kindLabel' },
          { title: t('event.venue'), dataIndex: 'venue' },
          { title: t('event.session'), dataIndex: 'academicHallSession' },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
        ]}
      />
    </Space>
  );
}
