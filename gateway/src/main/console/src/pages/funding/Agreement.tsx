import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { call, funding } from '../../api/client';
import { ProblemError } from '../../api/problem';
import type { components } from '../../api/schema/funding';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { day } from '../../components/lists';
import { DateInput, today } from './fields';
import { MoneyInput, moneyRule } from './MoneyInput';
import { compareMoney, formatMoney, sumMoney, toAmount } from './money';
import { StepForm } from './steps';

type Grant = components['schemas']['GrantView'];
type Terms = components['schemas']['AgreementTerms'];
type TermsValues = Omit<Terms, 'tranches'> & { tranches?: { amount?: string; dueOn?: string; condition?: string }[] };

/** The agreement (资助协议): ADMIN signs it with its tranches; each tranche is paid on its day; the secretary reads it. */
export function Agreement({ grant: g, actions, refresh }: { grant: Grant; actions: string[]; refresh: () => void }) {
  const { t } = useTranslation();
  const id = g.id ?? '';
  const path = { params: { path: { id } } };
  const agreement = useQuery({
    queryKey: ['agreement', id],
    // before it is signed the service answers 404: that is "no agreement yet", not an error
    queryFn: () => call(funding.GET('/api/funding/applications/{id}/agreement', path)).catch((e) => {
      if (e instanceof ProblemError && e.status === 404) return null;
      throw e;
    }),
  });
  const a = agreement.data;
  return (
    <Card size="small" title={t('grants.agreement')}>
      <ProblemAlert error={agreement.error} />
      {!a && actions.includes('signAgreement') && <AgreementForm grant={g} refresh={refresh} />}
      {!a && !actions.includes('signAgreement') && agreement.isSuccess && <Typography.Text type="secondary">{t('grants.noAgreement')}</Typography.Text>}
      {a && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('grants.signedOn')}>{day(a.signedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('grants.reportDueOn')}>{day(a.reportDueOn)}</Descriptions.Item>
            <Descriptions.Item label={t('grants.paid')}>{formatMoney(a.paid)}</Descriptions.Item>
            <Descriptions.Item label={t('grants.unpaid')}>{formatMoney(a.unpaid)}</Descriptions.Item>
            <Descriptions.Item label={t('grants.terms')} span={2}>{a.terms}</Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="number"
            size="small"
            pagination={false}
            style={{ marginTop: 12 }}
            dataSource={a.tranches}
            columns={[
              { title: t('grants.tranche'), dataIndex: 'number' },
              { title: t('grants.budgetAmount'), dataIndex: 'amount', align: 'right', render: formatMoney },
              { title: t('grants.dueOn'), dataIndex: 'dueOn', render: day },
              { title: t('grants.condition'), dataIndex: 'condition' },
              { title: t('grants.paidOn'), dataIndex: 'paidOn', render: (v, tr) => (v ? `${day(v)} ${tr.reference ?? ''}` : '') },
              {
                title: t('common.actions'),
                key: 'pay',
                render: (_, tr) =>
                  !tr.paidOn && actions.includes('disburse') ? (
                    <StepForm<{ paidOn: string; reference?: string }> label={`${t('grants.pay')} ${tr.number}`} name={`pay-${tr.number}`}
                      initialValues={{ paidOn: today() }} done={() => { void agreement.refetch(); refresh(); }}
                      submit={(body) => call(funding.POST('/api/funding/applications/{id}/tranches/{number}/disbursement', { params: { path: { id, number: tr.number ?? 0 } }, body }))}>
                      <Form.Item name="paidOn" label={t('grants.paidOn')} rules={[{ required: true }]}>
                        <DateInput />
                      </Form.Item>
                      <Form.Item name="reference" label={t('grants.reference')} rules={[{ max: 100 }]}>
                        <Input />
                      </Form.Item>
                    </StepForm>
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function AgreementForm({ grant: g, refresh }: { grant: Grant; refresh: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TermsValues>();
  const tranches = Form.useWatch('tranches', form);
  const total = sumMoney((tranches ?? []).map((tr) => tr?.amount));
  const approved = g.approvedAmount ?? 0;
  return (
    <ProblemForm<TermsValues>
      form={form}
      name="agreement"
      draftKey={`agreement:${g.id}`}
      initialValues={{ signedOn: today(), tranches: [{ amount: toAmount(approved), dueOn: today() }] }}
      onSubmit={async (values) => {
        const body = { ...values, tranches: (values.tranches ?? []).map((tr) => ({ ...tr, amount: toAmount(tr.amount) })) } as unknown as Terms;
        await call(funding.PUT('/api/funding/applications/{id}/agreement', { params: { path: { id: g.id ?? '' } }, body }));
        refresh();
      }}
    >
      <Space wrap>
        <Form.Item name="signedOn" label={t('grants.signedOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="reportDueOn" label={t('grants.reportDueOn')} extra={t('grants.reportDueHint')}>
          <DateInput />
        </Form.Item>
      </Space>
      <Form.Item name="terms" label={t('grants.terms')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.List name="tranches">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, 'amount']} label={`${t('grants.tranche')} ${index + 1}`} rules={[moneyRule(true)]}>
                  <MoneyInput />
                </Form.Item>
                <Form.Item name={[field.name, 'dueOn']} label={`${t('grants.dueOn')} ${index + 1}`} rules={[{ required: true }]}>
                  <DateInput />
                </Form.Item>
                <Form.Item name={[field.name, 'condition']} label={`${t('grants.condition')} ${index + 1}`} rules={[{ max: 200 }]}>
                  <Input />
                </Form.Item>
                <Button type="text" aria-label={`${t('grants.removeLine')} ${index + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
              {t('grants.addTranche')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Paragraph style={{ marginTop: 12 }} type={compareMoney(total, approved) === 0 ? undefined : 'danger'}>
        {t('grants.tranchesTotal', { total: formatMoney(total), approved: formatMoney(approved) })}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit">
        {t('grants.signAgreement')}
      </Button>
    </ProblemForm>
  );
}
