import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';

import { call, funding } from '../../api/client';
import type { components } from '../../api/schema/funding';
import { useAuth } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { readDraft } from '../../drafts';
import { DateInput } from './fields';
import { MoneyInput, moneyRule } from './MoneyInput';
import { formatMoney, sumMoney, toAmount } from './money';

type ApplicationForm = components['schemas']['ApplicationForm'];
type Line = { item?: string; amount?: string };
type Values = Omit<ApplicationForm, 'budgetLines' | 'requestedAmount'> & { budgetLines?: Line[]; requestedAmount?: string };

/**
 * A secretary drafts its society's application to an open call, or changes a draft (or a returned
 * one): the activity, its dates and place, co-organisers and the budget line by line, in exact yuan.
 */
export function ApplicationEditor() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useAuth();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<Values>();
  const draftKey = `application:${id ?? 'new'}`;
  const catalogue = useQuery({ queryKey: ['catalogue'], queryFn: () => call(funding.GET('/api/funding/catalogue', {})) });
  const calls = useQuery({
    queryKey: ['calls', 'open'],
    queryFn: () => call(funding.GET('/api/funding/calls', { params: { query: { filter: { status: 'OPEN' }, page: { size: 100 } } } })),
  });
  const existing = useQuery({
    queryKey: ['application', id],
    enabled: Boolean(id),
    queryFn: () => call(funding.GET('/api/funding/applications/{id}', { params: { path: { id: id! } } })),
  });
  useEffect(() => {
    const a = existing.data;
    if (a && !readDraft(draftKey)) {
      form.setFieldsValue({
        ...a,
        subItem: a.subItemCode,
        requestedAmount: toAmount(a.requestedAmount),
        budgetLines: (a.budgetLines ?? []).map((l) => ({ item: l.item, amount: toAmount(l.amount) })),
      });
    }
  }, [existing.data, form, draftKey]);
  useEffect(() => {
    const callId = params.get('callId');
    if (!id && callId && !form.getFieldValue('callId')) form.setFieldsValue({ callId });
  }, [id, params, form]);

  const callId = Form.useWatch('callId', form);
  const lines = Form.useWatch('budgetLines', form) as Line[] | undefined;
  const chosen = calls.data?.content?.find((c) => c.id === callId);
  const subItems = (catalogue.data?.categories ?? [])
    .filter((c) => c.active !== false && (!chosen || (chosen.categories ?? []).includes(c.code ?? '')))
    .flatMap((c) => (c.subItems ?? []).filter((s) => s.active !== false).map((s) => ({ value: s.code ?? '', label: `${c.name} · ${s.name}` })));
  const budgetTotal = sumMoney((lines ?? []).map((l) => l?.amount));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{id ? t('grants.editApplication') : t('grants.newApplication')}</Typography.Title>
      <ProblemAlert error={catalogue.error ?? calls.error ?? existing.error} />
      <Card size="small">
        <ProblemForm<Values>
          form={form}
          name="application"
          draftKey={draftKey}
          initialValues={{ tag: 'KEY_ACTIVITY', budgetLines: [{}] }}
          onSubmit={async (values) => {
            const body = {
              ...values,
              requestedAmount: toAmount(values.requestedAmount),
              budgetLines: (values.budgetLines ?? []).map((l) => ({ item: l.item, amount: toAmount(l.amount) })),
            } as unknown as ApplicationForm;
            const saved = id
              ? await call(funding.PUT('/api/funding/applications/{id}', { params: { path: { id } }, body }))
              : await call(funding.POST('/api/funding/applications', { params: { query: { societyId: session.societyId } }, body }));
            message.success(t('grants.draftSaved'));
            await queries.invalidateQueries({ queryKey: ['applications'] });
            queries.setQueryData(['application', saved.id], saved);
            navigate(`/funding/applications/${saved.id}`);
          }}
        >
          <Form.Item name="callId" label={t('grants.call')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(id)}
              options={(calls.data?.content ?? []).map((c) => ({ value: c.id, label: `${c.year} ${c.title}（${t('funding.maxPerGrant')} ${formatMoney(c.maxPerGrant)}）` }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('funding.title')} rules={[{ required: true, max: 120 }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="subItem" label={t('funding.subItem')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 260 }} options={subItems} />
            </Form.Item>
            <Form.Item name="tag" label={t('grants.tag')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 160 }} options={(catalogue.data?.tags ?? []).map((g) => ({ value: g.code, label: g.label }))} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="plannedStart" label={t('grants.plannedStart')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="plannedEnd" label={t('grants.plannedEnd')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="expectedAttendance" label={t('grants.expectedAttendance')}>
              <InputNumber min={0} max={1000000} />
            </Form.Item>
          </Space>
          <Form.Item name="venue" label={t('funding.venue')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="coOrganisers" label={t('grants.coOrganisers')} extra={t('grants.coOrganisersHint')}>
            <Select mode="tags" tokenSeparators={['，', ',']} open={false} suffixIcon={null} />
          </Form.Item>
          <Typography.Text strong>{t('grants.budgetLines')}</Typography.Text>
          <Form.List name="budgetLines">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} wrap align="start">
                    <Form.Item name={[field.name, 'item']} label={`${t('grants.budgetItem')} ${index + 1}`} rules={[{ required: true, max: 100 }]}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amount']} label={`${t('grants.budgetAmount')} ${index + 1}`} rules={[moneyRule(true)]}>
                      <MoneyInput />
                    </Form.Item>
                    <Button type="text" aria-label={`${t('grants.removeLine')} ${index + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                    {t('grants.addLine')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
          <Space wrap align="center" style={{ marginBottom: 12 }}>
            <span data-testid="budget-total">
              {t('grants.budgetTotal')} <strong>{formatMoney(budgetTotal)}</strong>
            </span>
            <Button onClick={() => form.setFieldsValue({ requestedAmount: budgetTotal })}>{t('grants.useTotal')}</Button>
          </Space>
          <Form.Item name="requestedAmount" label={t('funding.amount')} rules={[moneyRule(true)]}>
            <MoneyInput />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('grants.saveDraft')}
          </Button>
        </ProblemForm>
      </Card>
    </Space>
  );
}
