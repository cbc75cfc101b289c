import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, publicity } from '../../api/client';
import type { components } from '../../api/schema/publicity';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { shanghai, useListParams, scrollWhenRows } from '../../components/lists';
import { dueLabel } from '../events/shared';
import { DEADLINE_KINDS, consolePath, kindLabel, stageLabel } from './reminders';
import { UNREAD } from './UnreadBadge';

type Notice = components['schemas']['Notice'];
type Preference = components['schemas']['Preference'];

/** Everyone's reminders (提醒): newest first, unread ones marked, read one by one or all at once; and how one is told. */
export function Inbox() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const list = useListParams({ size: 20 });
  const filter = { unread: list.filters.unread === 'true' ? true : undefined, kind: list.filters.kind };
  const key = ['inbox', filter, list.query];
  const { data, error, isFetching } = useQuery({
    queryKey: key,
    queryFn: () => call(publicity.GET('/api/publicity/inbox', { params: { query: { ...filter, page: list.query } } })),
  });
  const [actionError, setActionError] = useState<unknown>();
  const changed = async () => {
    await queries.invalidateQueries({ queryKey: ['inbox'] });
    await queries.invalidateQueries({ queryKey: UNREAD });
  };
  const markRead = async (notice: Notice) => {
    setActionError(undefined);
    try {
      await call(publicity.POST('/api/publicity/inbox/{id}/read', { params: { path: { id: notice.id! } } }));
      message.success(t('events.inbox.marked'));
      await changed();
    } catch (e) {
      setActionError(e);
    }
  };
  const markAll = async () => {
    setActionError(undefined);
    try {
      const { marked } = await call(publicity.POST('/api/publicity/inbox/read-all', {}));
      message.success(t('events.inbox.markedAll', { count: marked ?? 0 }));
      await changed();
    } catch (e) {
      setActionError(e);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t('events.nav.inbox')}</Typography.Title>
        <Button onClick={markAll}>{t('events.inbox.readAll')}</Button>
      </Space>
      <Form layout="inline" initialValues={list.filters} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="unread" label={t('events.inbox.show')}>
          <Select
            style={{ minWidth: 120 }}
            allowClear
            options={[{ value: 'true', label: t('events.inbox.unreadOnly') }]}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('events.inbox.kind')}>
          <Select allowClear style={{ minWidth: 180 }} options={DEADLINE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error ?? actionError} />
      <Table<Notice>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={scrollWhenRows(data?.content, 760)}
        expandable={{
          expandedRowRender: (n) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {n.body}
              {consolePath(n.link) && (
                <>
                  {' '}
                  <Link to={consolePath(n.link)!}>{t('events.inbox.go')}</Link>
                </>
              )}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('events.inbox.createdAt'),
            dataIndex: 'createdAt',
            key: 'createdAt',
            sorter: true,
            sortOrder: list.sortOrderOf('createdAt'),
            render: (v) => shanghai(v),
          },
          {
            title: t('events.inbox.title'),
            dataIndex: 'title',
            render: (title, n) => (
              <Space size={4} wrap>
                {!n.readAt && <Tag color="#a8071a">{t('events.inbox.unread')}</Tag>}
                {n.readAt ? title : <strong>{title}</strong>}
              </Space>
            ),
          },
          { title: t('events.inbox.kind'), dataIndex: 'kind', render: (k) => kindLabel(t, k) },
          { title: t('events.inbox.stageTitle'), dataIndex: 'stage', render: (s) => stageLabel(t, s) },
          { title: t('events.inbox.dueAt'), dataIndex: 'dueAt', key: 'dueAt', sorter: true, sortOrder: list.sortOrderOf('dueAt'), render: (v) => dueLabel(v) },
          {
            title: t('common.actions'),
            key: 'read',
            render: (_, n) =>
              n.readAt ? (
                <span>{t('events.inbox.readAt', { at: shanghai(n.readAt) })}</span>
              ) : (
                <Button size="small" onClick={() => markRead(n)} aria-label={`${t('events.inbox.markRead')}: ${n.title ?? ''}`}>
                  {t('events.inbox.markRead')}
                </Button>
              ),
          },
        ]}
      />
      <Preferences />
    </Space>
  );
}

/** How reminders reach this person: by mail or in the inbox only, one daily digest, kinds left out. */
export function Preferences() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Preference>();
  const { data, error } = useQuery({
    queryKey: ['inbox-preferences'],
    queryFn: () => call(publicity.GET('/api/publicity/inbox/preferences', {})),
  });
  return (
    <Card title={t('events.inbox.preferences')} size="small" style={{ maxWidth: 640 }}>
      <ProblemAlert error={error} />
      {data && (
        <ProblemForm<Preference>
          form={form}
          name="preferences"
          initialValues={data}
          onSubmit={async (values) => {
            const saved = await call(
              publicity.PUT('/api/publicity/inbox/preferences', {
                body: { email: Boolean(values.email), dailyDigest: Boolean(values.dailyDigest), mutedKinds: values.mutedKinds ?? [] },
              }),
            );
            form.setFieldsValue(saved);
            message.success(t('common.saved'));
          }}
        >
          <Form.Item name="email" label={t('events.inbox.email')} valuePropName="checked" extra={t('events.inbox.emailHint')}>
            <Switch />
          </Form.Item>
          <Form.Item name="dailyDigest" label={t('events.inbox.digest')} valuePropName="checked" extra={t('events.inbox.digestHint')}>
            <Switch />
          </Form.Item>
          <Form.Item name="mutedKinds" label={t('events.inbox.muted')}>
            <Select mode="multiple" allowClear options={DEADLINE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </ProblemForm>
      )}
    </Card>
  );
}
