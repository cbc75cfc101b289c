import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, society } from '../api/client';
import type { components } from '../api/schema/society';
import { ProblemAlert } from '../components/ProblemAlert';
import { ExportButton, StatusTag, day, useEnumLabel, useListParams } from '../components/lists';
import { NewSocietyButtons } from './register/newSociety';

type Listing = components['schemas']['Listing'];
type Filter = components['schemas']['SocietyFilter'];

export const STATUSES = ['DRAFT', 'SUBMITTED', 'PRE_APPROVED', 'JOINING', 'ACTIVE', 'DISQUALIFIED', 'DEREGISTERING', 'DEREGISTERED'];
export const CATEGORIES = ['SCIENCE', 'ENGINEERING', 'AGRICULTURE', 'MEDICINE', 'URBAN_CONSTRUCTION', 'INFORMATION', 'ENERGY_ENVIRONMENT', 'ECONOMY_MANAGEMENT'];
export const HEALTH_TIERS = ['SOUND_ACTIVE', 'SOUND_WEAK', 'INCOMPLETE', 'DORMANT'];

/** The register: the API's filters, its paging and sort (pinyin order by name unless sorted otherwise), its xlsx export. */
export function Societies() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const [form] = Form.useForm();
  const filter = list.filters as Filter & Record<string, string>;
  const query = { ...filter, ...list.query };

  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const { data, error, isFetching } = useQuery({
    queryKey: ['societies', query],
    queryFn: () => call(society.GET('/api/societies', { params: { query: { filter, page: list.query } } })),
  });
  const options = (values: string[]) => values.map((v) => ({ value: v, label: label(v) }));
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: list.sortOrderOf(key) });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.register')}</Typography.Title>
      <NewSocietyButtons />
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear placeholder={t('society.q')} />
        </Form.Item>
        <Form.Item name="status" label={t('society.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={options(STATUSES)} />
        </Form.Item>
        <Form.Item name="category" label={t('society.category')}>
          <Select allowClear style={{ minWidth: 120 }} options={options(CATEGORIES)} />
        </Form.Item>
        <Form.Item name="healthTier" label={t('society.healthTier')}>
          <Select allowClear style={{ minWidth: 120 }} options={options(HEALTH_TIERS)} />
        </Form.Item>
        <Form.Item name="partyCovered" label={t('society.partyCovered')}>
          <Select
            allowClear
            style={{ minWidth: 80 }}
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
          />
        </Form.Item>
        <Form.Item name="hostUnit" label={t('society.hostUnit')}>
          <Input allowClear />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
          <ExportButton path="/api/societies/export.xlsx" query={{ ...filter, sort: list.query.sort }} />
        </Space>
      </Form>
      <ProblemAlert error={error} />
      <Table<Listing>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 900 }}
        columns={[
          { title: t('society.name'), dataIndex: 'name', ...sortable('name'), render: (name, row) => <Link to={`/societies/${row.id}`}>{name}</Link> },
          { title: t('society.category'), dataIndex: 'disciplineCategory', ...sortable('disciplineCategory'), render: label },
          { title: t('society.hostUnit'), dataIndex: 'hostUnit', ...sortable('hostUnit') },
          { title: t('society.status'), dataIndex: 'status', ...sortable('status'), render: (v) => <StatusTag value={v} /> },
          { title: t('society.healthTier'), dataIndex: 'healthTier', ...sortable('healthTier'), render: (v) => <StatusTag value={v} /> },
          { title: t('society.partyOrganisation'), dataIndex: 'partyOrganisation', render: label },
          { title: t('society.registeredOn'), dataIndex: 'registeredOn', ...sortable('registeredOn'), render: day },
        ]}
      />
    </Space>
  );
}
