import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';

import { call, funding } from '../../api/client';
import type { components } from '../../api/schema/funding';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { readDraft } from '../../drafts';
import { DateInput, today } from './fields';
import { MoneyInput, moneyRule } from './MoneyInput';
import { toAmount } from './money';

type CallTerms = components['schemas']['CallTerms'];
type CallValues = Omit<CallTerms, 'maxPerGrant'> & { maxPerGrant?: string };

/** ADMIN opens a grant call (申报通知) or changes one: dates, categories of the catalogue, the most per grant, the rubric. */
export function CallEditor() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<CallValues>();
  const draftKey = `call:${id ?? 'new'}`;
  const catalogue = useQuery({ queryKey: ['catalogue'], queryFn: () => call(funding.GET('/api/funding/catalogue', {})) });
  const existing = useQuery({
    queryKey: ['call', id],
    enabled: Boolean(id),
    queryFn: () => call(funding.GET('/api/funding/calls/{id}', { params: { path: { id: id! } } })),
  });
  useEffect(() => {
    const c = existing.data;
    if (c && !readDraft(draftKey)) {
      form.setFieldsValue({ ...c, maxPerGrant: toAmount(c.maxPerGrant) });
    }
  }, [existing.data, form, draftKey]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{id ? t('grants.editCall') : t('grants.newCall')}</Typography.Title>
      <ProblemAlert error={catalogue.error ?? existing.error} />
      <Card size="small">
        <ProblemForm<CallValues>
          form={form}
          name="call"
          draftKey={draftKey}
          initialValues={{ year: Number(today().slice(0, 4)), opensOn: today(), categories: [] }}
          onSubmit={async (values) => {
            const body = { ...values, maxPerGrant: toAmount(values.maxPerGrant) } as unknown as CallTerms;
            if (!body.rubric?.length) delete body.rubric;
            const saved = id
              ? await call(funding.PUT('/api/funding/calls/{id}', { params: { path: { id } }, body }))
              : await call(funding.POST('/api/funding/calls', { body }));
            message.success(t('common.saved'));
            await queries.invalidateQueries({ queryKey: ['calls'] });
            navigate(`/funding/calls?year=${saved.year ?? ''}`);
          }}
        >
          <Form.Item name="year" label={t('common.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="title" label={t('grants.callTitle')} rules={[{ required: true, max: 120 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('grants.description')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="opensOn" label={t('funding.opensOn')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="closesOn" label={t('funding.closesOn')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="maxPerGrant" label={t('funding.maxPerGrant')} rules={[moneyRule(true)]}>
              <MoneyInput />
            </Form.Item>
          </Space>
          {/* a validator rather than `required`: antd would put aria-required on the group's div, which has no role to carry it */}
          <Form.Item
            name="categories"
            label={t('funding.category')}
            rules={[{ validator: async (_, v?: string[]) => { if (!v?.length) throw new Error(t('grants.categoriesRequired')); } }]}
          >
            <Checkbox.Group
              options={(catalogue.data?.categories ?? [])
                .filter((c) => c.active !== false)
                .map((c) => ({ value: c.code ?? '', label: c.name }))}
            />
          </Form.Item>
          <Typography.Text strong>{t('funding.rubric')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('grants.rubricHint')}</Typography.Paragraph>
          <Form.List name="rubric">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="start">
                    <Form.Item name={[field.name, 'key']} label={t('grants.criterionKey')} rules={[{ required: true, pattern: /^[a-z][a-zA-Z0-9]{0,39}$/ }]}>
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'name']} label={t('grants.criterionName')} rules={[{ required: true, max: 40 }]}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'weight']} label={t('funding.weight')} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100} />
                    </Form.Item>
                    <Button type="text" aria-label={t('grants.removeLine')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                    {t('grants.addCriterion')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit">
            {id ? t('common.save') : t('grants.openCall')}
          </Button>
        </ProblemForm>
      </Card>
    </Space>
  );
}
