import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { call, funding } from '../../api/client';
import type { components } from '../../api/schema/funding';
import { useAuth } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { day, useEnumLabel, useListParams } from '../../components/lists';
import { DateInput } from './fields';
import { MoneyInput, moneyRule } from './MoneyInput';
import { formatMoney, toAmount } from './money';
import { StepForm } from './steps';

type LinkForm = components['schemas']['LinkForm'];
type LinkValues = Omit<LinkForm, 'amount'> & { amount?: string };
type LinkFilter = components['schemas']['LinkFilter'];
const INSTRUMENTS = ['TECH_TRANSFER_FUND', 'INCUBATOR', 'MAKER_SPACE', 'LOAN', 'OTHER'] as const;

/** Partnerships of societies with financial institutions (金融合作): the secretary records its own, ADMIN sees all. */
export function FinancingLinks() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const list = useListParams();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const links = useQuery({
    queryKey: ['financing-links', list.filters, list.query],
    queryFn: () => call(funding.GET('/api/funding/financing-links', { params: { query: { filter: list.filters as LinkFilter, page: list.query } } })),
  });
  const instrumentOptions = INSTRUMENTS.map((v) => ({ value: v, label: label(v) }));
  const fields = (
    <>
      <Form.Item name="institution" label={t('grants.institution')} rules={[{ required: true, max: 120 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="instrument" label={t('grants.instrument')} rules={[{ required: true }]}>
        <Select options={instrumentOptions} />
      </Form.Item>
      <Form.Item name="amount" label={t('grants.budgetAmount')} rules={[moneyRule()]}>
        <MoneyInput />
      </Form.Item>
      <Space wrap>
        <Form.Item name="startsOn" label={t('funding.opensOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="endsOn" label={t('funding.closesOn')}>
          <DateInput />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('grants.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
  const body = (v: LinkValues) => ({ ...v, amount: toAmount(v.amount) }) as unknown as LinkForm;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('grants.financingLinks')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="instrument" label={t('grants.instrument')}>
          <Select allowClear style={{ minWidth: 140 }} options={instrumentOptions} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
          {session.societyId && (
            <StepForm<LinkValues> label={t('grants.addLink')} name="financing-link" draftKey="financing-link:new" done={() => void links.refetch()}
              submit={(v) => call(funding.POST('/api/funding/financing-links', { params: { query: { societyId: session.societyId } }, body: body(v) }))}>
              {fields}
            </StepForm>
          )}
        </Space>
      </Form>
      <ProblemAlert error={links.error} />
      <Table
        rowKey="id"
        loading={links.isFetching}
        dataSource={links.data?.content}
        pagination={{ ...list.pagination(links.data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 900 }}
        columns={[
          { title: t('funding.society'), dataIndex: 'societyName' },
          { title: t('grants.institution'), dataIndex: 'institution' },
          { title: t('grants.instrument'), dataIndex: 'instrumentLabel' },
          { title: t('grants.budgetAmount'), dataIndex: 'amount', align: 'right', render: formatMoney },
          { title: t('funding.opensOn'), dataIndex: 'startsOn', render: day },
          { title: t('funding.closesOn'), dataIndex: 'endsOn', render: day },
          { title: t('grants.note'), dataIndex: 'note' },
          {
            title: t('common.actions'),
            key: 'change',
            render: (_, l) => (
              <StepForm<LinkValues> label={t('grants.change')} name={`financing-link-${l.id}`}
                initialValues={{ ...l, amount: toAmount(l.amount) } as LinkValues} done={() => void links.refetch()}
                submit={(v) => call(funding.PUT('/api/funding/financing-links/{id}', { params: { path: { id: l.id ?? '' } }, body: body(v) }))}>
                {fields}
              </StepForm>
            ),
          },
        ]}
      />
    </Space>
  );
}
