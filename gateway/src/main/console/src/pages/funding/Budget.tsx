import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Select, Space, Statistic, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { call, funding } from '../../api/client';
import type { components } from '../../api/schema/funding';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ExportButton, shanghai, useEnumLabel, useListParams } from '../../components/lists';
import { today } from './fields';
import { MoneyInput, moneyRule } from './MoneyInput';
import { formatMoney, toAmount } from './money';
import { StepForm } from './steps';

type LedgerFilter = components['schemas']['LedgerFilter'];
const KINDS = ['ALLOCATED', 'COMMITTED', 'DISBURSED', 'RELEASED', 'REFUNDED'];

/** ADMIN's budget of a year: the allocation per category (allocated, committed, available, disbursed) and every movement of the ledger. */
export function Budget() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams({ sort: undefined });
  const year = Number(list.filters.year ?? today().slice(0, 4));
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue({ ...list.filters, year }), [form, list.filters, year]);
  const catalogue = useQuery({ queryKey: ['catalogue'], queryFn: () => call(funding.GET('/api/funding/catalogue', {})) });
  const budget = useQuery({
    queryKey: ['budget', year],
    queryFn: () => call(funding.GET('/api/funding/budgets/{year}', { params: { path: { year } } })),
  });
  const { year: _year, ...rest } = list.filters;
  const filter = rest as LedgerFilter;
  const ledger = useQuery({
    queryKey: ['ledger', year, list.filters, list.query],
    queryFn: () => call(funding.GET('/api/funding/budgets/{year}/ledger', { params: { path: { year }, query: { filter, page: list.query } } })),
  });
  const categories = (catalogue.data?.categories ?? []).map((c) => ({ value: c.code ?? '', label: c.name }));
  const b = budget.data;
  const refresh = () => {
    void budget.refetch();
    void ledger.refetch();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('grants.budgetTitle', { year })}</Typography.Title>
      <ProblemAlert error={budget.error ?? catalogue.error} />
      <Space wrap size="large">
        <Statistic title={t('grants.allocated')} value={formatMoney(b?.allocated)} />
        <Statistic title={t('grants.committed')} value={formatMoney(b?.committed)} />
        <Statistic title={t('grants.available')} value={formatMoney(b?.available)} />
        <Statistic title={t('grants.disbursed')} value={formatMoney(b?.disbursed)} />
      </Space>
      <Card size="small" title={t('grants.allocations')}>
        <Table
          rowKey="categoryCode"
          size="small"
          pagination={false}
          loading={budget.isFetching}
          dataSource={b?.allocations}
          columns={[
            { title: t('funding.category'), dataIndex: 'categoryName' },
            { title: t('grants.allocated'), dataIndex: 'allocated', align: 'right', render: formatMoney },
            { title: t('grants.committed'), dataIndex: 'committed', align: 'right', render: formatMoney },
            { title: t('grants.available'), dataIndex: 'available', align: 'right', render: formatMoney },
            { title: t('grants.disbursed'), dataIndex: 'disbursed', align: 'right', render: formatMoney },
            {
              title: t('common.actions'),
              key: 'allocate',
              render: (_, a) => (
                <StepForm<{ amount: string }> label={`${t('grants.allocate')} ${a.categoryName}`} name={`allocate-${a.categoryCode}`}
                  initialValues={{ amount: toAmount(a.allocated) }} done={refresh}
                  submit={(v) => call(funding.PUT('/api/funding/budgets/{year}/allocations/{category}', {
                    params: { path: { year, category: a.categoryCode ?? '' } },
                    body: { amount: toAmount(v.amount) } as unknown as { amount: number },
                  }))}>
                  <Form.Item name="amount" label={t('grants.allocated')} rules={[moneyRule(true)]} extra={t('grants.allocateHint', { committed: formatMoney(a.committed) })}>
                    <MoneyInput />
                  </Form.Item>
                </StepForm>
              ),
            },
          ]}
        />
        <div style={{ marginTop: 12 }}>
          <StepForm<{ category: string; amount: string }> label={t('grants.allocateCategory')} name="allocate-new" done={refresh}
            submit={(v) => call(funding.PUT('/api/funding/budgets/{year}/allocations/{category}', {
              params: { path: { year, category: v.category } },
              body: { amount: toAmount(v.amount) } as unknown as { amount: number },
            }))}>
            <Form.Item name="category" label={t('funding.category')} rules={[{ required: true }]}>
              <Select options={categories} />
            </Form.Item>
            <Form.Item name="amount" label={t('grants.allocated')} rules={[moneyRule(true)]}>
              <MoneyInput />
            </Form.Item>
          </StepForm>
        </div>
      </Card>
      <Card size="small" title={t('grants.ledger')}>
        <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8, marginBottom: 12 }}>
          <Form.Item name="year" label={t('common.year')}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="category" label={t('funding.category')}>
            <Select allowClear style={{ minWidth: 160 }} options={categories} />
          </Form.Item>
          <Form.Item name="kind" label={t('grants.kind')}>
            <Select allowClear style={{ minWidth: 120 }} options={KINDS.map((k) => ({ value: k, label: label(k) }))} />
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <ExportButton path={`/api/funding/budgets/${year}/ledger.xlsx`} query={filter} />
          </Space>
        </Form>
        <ProblemAlert error={ledger.error} />
        <Table
          rowKey="id"
          size="small"
          loading={ledger.isFetching}
          dataSource={ledger.data?.content}
          pagination={{ ...list.pagination(ledger.data), showTotal: (count) => t('common.total', { count }) }}
          onChange={list.onTableChange}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', render: (v) => shanghai(v) },
            { title: t('funding.category'), dataIndex: 'categoryCode', render: (v) => categories.find((c) => c.value === v)?.label ?? v },
            { title: t('grants.kind'), dataIndex: 'kind', render: (v) => label(v) },
            { title: t('grants.budgetAmount'), dataIndex: 'amount', align: 'right', render: formatMoney },
            { title: t('grants.allocated'), dataIndex: 'allocated', align: 'right', render: formatMoney },
            { title: t('grants.committed'), dataIndex: 'committed', align: 'right', render: formatMoney },
            { title: t('grants.available'), dataIndex: 'available', align: 'right', render: formatMoney },
            { title: t('grants.disbursed'), dataIndex: 'disbursed', align: 'right', render: formatMoney },
            { title: t('audit.actor'), dataIndex: 'actor' },
            { title: t('grants.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
    </Space>
  );
}
