import { useQuery } from '@tanstack/react-query';
import { Card, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { call, funding } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StepForm } from './steps';

type Entry = { code: string; name: string };
type Change = { name: string; active: boolean };

/** ADMIN's catalogue of grant categories and their sub-items (资助类别与子项): add, rename, retire. */
export function Catalogue() {
  const { t } = useTranslation();
  const catalogue = useQuery({ queryKey: ['catalogue'], queryFn: () => call(funding.GET('/api/funding/catalogue', {})) });
  const refresh = () => void catalogue.refetch();
  const active = (v?: boolean) => (v === false ? <Tag>{t('grants.retired')}</Tag> : <Tag color="#237804">{t('grants.inUse')}</Tag>);
  const changeFields = (
    <>
      <Form.Item name="name" label={t('common.name')} rules={[{ required: true, max: 60 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="active" label={t('grants.inUse')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </>
  );
  const newFields = (
    <>
      <Form.Item name="code" label={t('grants.code')} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{1,39}$/ }]} extra={t('grants.codeHint')}>
        <Input />
      </Form.Item>
      <Form.Item name="name" label={t('common.name')} rules={[{ required: true, max: 60 }]}>
        <Input />
      </Form.Item>
    </>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('grants.catalogue')}</Typography.Title>
      <ProblemAlert error={catalogue.error} />
      <StepForm<Entry> type="primary" label={t('grants.addCategory')} name="add-category" done={refresh}
        submit={(body) => call(funding.POST('/api/funding/catalogue/categories', { body }))}>
        {newFields}
      </StepForm>
      <Table
        rowKey="code"
        loading={catalogue.isFetching}
        dataSource={catalogue.data?.categories}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          { title: t('grants.code'), dataIndex: 'code' },
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('common.status'), dataIndex: 'active', render: active },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) => (
              <Space wrap>
                <StepForm<Change> label={`${t('grants.change')} ${c.name}`} name={`category-${c.code}`} initialValues={{ name: c.name, active: c.active !== false }} done={refresh}
                  submit={(body) => call(funding.PUT('/api/funding/catalogue/categories/{code}', { params: { path: { code: c.code ?? '' } }, body }))}>
                  {changeFields}
                </StepForm>
                <StepForm<Entry> label={t('grants.addSubItem')} name={`sub-item-${c.code}`} done={refresh}
                  submit={(body) => call(funding.POST('/api/funding/catalogue/categories/{code}/sub-items', { params: { path: { code: c.code ?? '' } }, body }))}>
                  {newFields}
                </StepForm>
              </Space>
            ),
          },
        ]}
        expandable={{
          defaultExpandAllRows: true,
          expandedRowRender: (c) => (
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={c.subItems}
              columns={[
                { title: t('grants.code'), dataIndex: 'code' },
                { title: t('funding.subItem'), dataIndex: 'name' },
                { title: t('common.status'), dataIndex: 'active', render: active },
                {
                  title: t('common.actions'),
                  key: 'change',
                  render: (_, s) => (
                    <StepForm<Change> label={`${t('grants.change')} ${s.name}`} name={`sub-item-change-${s.code}`} initialValues={{ name: s.name, active: s.active !== false }} done={refresh}
                      submit={(body) => call(funding.PUT('/api/funding/catalogue/sub-items/{code}', { params: { path: { code: s.code ?? '' } }, body }))}>
                      {changeFields}
                    </StepForm>
                  ),
                },
              ]}
            />
          ),
        }}
      />
      <Card size="small" title={t('grants.tags')}>
        {(catalogue.data?.tags ?? []).map((g) => (
          <Tag key={g.code}>{g.label}</Tag>
        ))}
      </Card>
    </Space>
  );
}
