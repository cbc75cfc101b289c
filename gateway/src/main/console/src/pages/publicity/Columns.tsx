import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, publicity } from '../../api/client';
import type { components } from '../../api/schema/publicity';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { scrollWhenRows } from '../../components/lists';

type Column = components['schemas']['Column'];
type ColumnRequest = components['schemas']['ColumnRequest'];
type CampaignRequest = components['schemas']['CampaignRequest'];
const CAMPAIGN_KINDS = ['MEMBER_DAY', 'SCIENCE_DAY', 'SCIENCE_WEEK', 'OTHER'] as const;

/** Columns (栏目; ADMIN adds and renames) and campaigns (宣传活动; ADMIN and editors add) articles belong to. */
export function Columns() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const [editing, setEditing] = useState<Column | 'new'>();
  const [adding, setAdding] = useState(false);
  const columns = useQuery({ queryKey: ['columns'], queryFn: () => call(publicity.GET('/api/publicity/columns', {})) });
  const campaigns = useQuery({ queryKey: ['campaigns'], queryFn: () => call(publicity.GET('/api/publicity/campaigns', {})) });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('events.nav.columns')}</Typography.Title>
      <Card
        size="small"
        title={t('events.columns.columns')}
        extra={admin && <Button onClick={() => setEditing('new')}>{t('events.columns.addColumn')}</Button>}
      >
        <ProblemAlert error={columns.error} />
        <Table<Column>
          rowKey="id"
          size="small"
          loading={columns.isFetching}
          dataSource={columns.data}
          pagination={false}
          scroll={scrollWhenRows(columns.data, 600)}
          columns={[
            { title: t('events.columns.position'), dataIndex: 'position' },
            { title: t('common.name'), dataIndex: 'name', render: (n, c) => <>{n} {c.builtIn && <Tag>{t('events.columns.builtIn')}</Tag>}</> },
            { title: t('events.columns.description'), dataIndex: 'description' },
            ...(admin
              ? [{ title: t('common.actions'), key: 'rename', render: (_: unknown, c: Column) => <Button size="small" onClick={() => setEditing(c)} aria-label={`${t('events.columns.rename')}: ${c.name ?? ''}`}>{t('events.columns.rename')}</Button> }]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('events.columns.campaigns')} extra={<Button onClick={() => setAdding(true)}>{t('events.columns.addCampaign')}</Button>}>
        <ProblemAlert error={campaigns.error} />
        <Table
          rowKey="id"
          size="small"
          loading={campaigns.isFetching}
          dataSource={campaigns.data}
          pagination={{ showTotal: (count) => t('common.total', { count }) }}
          scroll={scrollWhenRows(campaigns.data, 600)}
          columns={[
            { title: t('common.name'), dataIndex: 'name' },
            { title: t('events.columns.kind'), dataIndex: 'kind', render: (k) => t(`events.columns.kinds.${k}`, { defaultValue: k }) },
            { title: t('events.columns.startsOn'), dataIndex: 'startsOn' },
            { title: t('events.columns.endsOn'), dataIndex: 'endsOn' },
          ]}
        />
      </Card>
      <Modal open={editing !== undefined} title={editing === 'new' ? t('events.columns.addColumn') : t('events.columns.rename')} footer={null} onCancel={() => setEditing(undefined)} destroyOnHidden>
        {editing !== undefined && <ColumnForm column={editing === 'new' ? undefined : editing} onSaved={() => setEditing(undefined)} />}
      </Modal>
      <Modal open={adding} title={t('events.columns.addCampaign')} footer={null} onCancel={() => setAdding(false)} destroyOnHidden>
        <CampaignForm onSaved={() => setAdding(false)} />
      </Modal>
    </Space>
  );
}

function ColumnForm({ column, onSaved }: { column?: Column; onSaved: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [form] = Form.useForm<ColumnRequest>();
  return (
    <ProblemForm<ColumnRequest>
      form={form}
      name="column"
      initialValues={column ? { name: column.name!, description: column.description } : undefined}
      onSubmit={async (body) => {
        if (column) await call(publicity.PUT('/api/publicity/columns/{id}', { params: { path: { id: column.id! } }, body }));
        else await call(publicity.POST('/api/publicity/columns', { body }));
        await queries.invalidateQueries({ queryKey: ['columns'] });
        onSaved();
      }}
    >
      <Form.Item name="name" label={t('common.name')} rules={[{ required: true }, { max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('events.columns.description')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('common.save')}
      </Button>
    </ProblemForm>
  );
}

function CampaignForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<CampaignRequest>();
  return (
    <ProblemForm<CampaignRequest>
      form={form}
      name="campaign"
      draftKey="campaign:new"
      onSubmit={async (body) => {
        await call(publicity.POST('/api/publicity/campaigns', { body }));
        message.success(t('common.saved'));
        await queries.invalidateQueries({ queryKey: ['campaigns'] });
        onSaved();
      }}
    >
      <Form.Item name="name" label={t('common.name')} rules={[{ required: true }, { max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('events.columns.kind')} rules={[{ required: true }]}>
        <Select options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`events.columns.kinds.${k}`) }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="startsOn" label={t('events.columns.startsOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('events.columns.endsOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit">
        {t('common.save')}
      </Button>
    </ProblemForm>
  );
}
