import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { call, funding } from '../api/client';
import type { components } from '../api/schema/funding';
import { useAuth } from '../auth/AuthProvider';
import { LinkButton } from './funding/fields';
import { ProblemAlert } from '../components/ProblemAlert';
import { ProblemForm } from '../components/ProblemForm';
import { hasAny } from '../auth/session';
import { ExportButton, StatusTag, day, shanghai, useEnumLabel, useListParams } from '../components/lists';
import { formatMoney } from './funding/money';
import { DeclareConflict } from './funding/DeclareConflict';

type ApplicationFilter = components['schemas']['ApplicationFilter'];
const GRANT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'IN_REVIEW', 'REVIEWED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'AGREED', 'REPORTED', 'REPORT_ACCEPTED', 'CLOSED'];

/** Grant calls (申报通知): anyone signed in reads them. */
export function Calls() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const secretary = hasAny(session, ['SOCIETY_SECRETARY']);
  const list = useListParams();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const { data, error, isFetching } = useQuery({
    queryKey: ['calls', list.filters, list.query],
    queryFn: () => call(funding.GET('/api/funding/calls', { params: { query: { filter: list.filters, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.calls')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={['UPCOMING', 'OPEN', 'CLOSED'].map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
          {admin && (
            <LinkButton to="/funding/calls/new">{t('grants.newCall')}</LinkButton>
          )}
        </Space>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={list.pagination(data)}
        onChange={list.onTableChange}
        scroll={{ x: 800 }}
        expandable={{ expandedRowRender: (c) => <Typography.Paragraph>{c.description}</Typography.Paragraph> }}
        columns={[
          { title: t('common.year'), dataIndex: 'year' },
          { title: t('funding.title'), dataIndex: 'title', render: (title, c) => (admin ? <Link to={`/funding/calls/${c.id}`}>{title}</Link> : title) },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('funding.opensOn'), dataIndex: 'opensOn', render: day },
          { title: t('funding.closesOn'), dataIndex: 'closesOn', render: day },
          { title: t('funding.maxPerGrant'), dataIndex: 'maxPerGrant', align: 'right', render: formatMoney },
          ...(secretary
            ? [{
                title: t('common.actions'),
                key: 'apply',
                render: (_: unknown, c: { id?: string; status?: string }) =>
                  c.status === 'OPEN' ? <Link to={`/funding/applications/new?callId=${c.id}`}>{t('grants.apply')}</Link> : null,
              }]
            : []),
        ]}
      />
    </Space>
  );
}

/** Applications and grants: ADMIN sees all, a secretary its own society's (the API decides). */
export function Applications() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const label = useEnumLabel();
  const list = useListParams();
  const [form] = Form.useForm();
  const filter = list.filters as ApplicationFilter;
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const { data, error, isFetching } = useQuery({
    queryKey: ['applications', list.filters, list.query],
    queryFn: () => call(funding.GET('/api/funding/applications', { params: { query: { filter, page: list.query } } })),
  });
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: list.sortOrderOf(key) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.applications')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={GRANT_STATUSES.map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
          <ExportButton path="/api/funding/applications/export.xlsx" query={{ ...list.filters, sort: list.query.sort }} />
          {hasAny(session, ['SOCIETY_SECRETARY']) && (
            <LinkButton to="/funding/applications/new" type="primary">{t('grants.newApplication')}</LinkButton>
          )}
        </Space>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 900 }}
        columns={[
          { title: t('funding.title'), dataIndex: 'title', ...sortable('title'), render: (title, a) => <Link to={`/funding/applications/${a.id}`}>{title}</Link> },
          { title: t('funding.society'), dataIndex: 'societyName', ...sortable('societyName') },
          { title: t('funding.category'), dataIndex: 'subItemName' },
          { title: t('common.status'), dataIndex: 'status', ...sortable('status'), render: (v) => <StatusTag value={v} /> },
          { title: t('funding.amount'), dataIndex: 'requestedAmount', ...sortable('requestedAmount'), align: 'right', render: formatMoney },
          { title: t('funding.approved'), dataIndex: 'approvedAmount', ...sortable('approvedAmount'), align: 'right', render: formatMoney },
          { title: t('funding.planned'), dataIndex: 'plannedStart', render: day },
        ]}
      />
    </Space>
  );
}

/** A reviewer's own queue; conflicted applications never appear (the API leaves them out). */
export function ReviewQueue() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const list = useListParams();
  const { data, error, isFetching } = useQuery({
    queryKey: ['assignments', list.query],
    queryFn: () =>
      call(funding.GET('/api/funding/reviews/assignments', { params: { query: { filter: { expertId: session.expertId }, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.reviews')}</Typography.Title>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={list.pagination(data)}
        onChange={list.onTableChange}
        scroll={{ x: 700 }}
        columns={[
          { title: t('funding.title'), dataIndex: 'title', render: (title, a) => <Link to={`/funding/reviews/${a.applicationId}`}>{title}</Link> },
          { title: t('funding.society'), dataIndex: 'societyName' },
          { title: t('common.status'), dataIndex: 'applicationStatus', render: (v) => <StatusTag value={v} /> },
          { title: t('funding.myReview'), dataIndex: 'status', render: (v) => label(v) },
          { title: t('funding.total'), dataIndex: 'total' },
          { title: t('funding.assignedAt'), dataIndex: 'assignedAt', render: (v) => shanghai(v) },
        ]}
      />
    </Space>
  );
}

type Scores = { scores: Record<string, number>; comments?: string };

/** The review sheet: the application, the rubric, and the reviewer's own scores (0–100 per criterion). */
export function ReviewSheet() {
  const { id = '' } = useParams();
  const { session } = useAuth();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<Scores>();
  const sheet = useQuery({
    queryKey: ['sheet', id],
    queryFn: () => call(funding.GET('/api/funding/applications/{id}/reviews', { params: { path: { id } } })),
  });
  const s = sheet.data;
  const a = s?.application;
  const mine = s?.mine;
  useEffect(() => {
    if (mine?.scores?.length && !sessionStorage.getItem(`console.draft.review:${id}`)) {
      form.setFieldsValue({
        scores: Object.fromEntries(mine.scores.map((x) => [x.criterion ?? '', x.score ?? 0])),
        comments: mine.comments,
      });
    }
  }, [form, id, mine]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{a?.title ?? '…'}</Typography.Title>
      <ProblemAlert error={sheet.error} />
      {a && hasAny(session, ['REVIEWER']) && !s?.stageClosed && <DeclareConflict applicationId={id} />}
      {a && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('funding.society')}>{a.societyName}</Descriptions.Item>
          <Descriptions.Item label={t('common.status')}><StatusTag value={a.status} /></Descriptions.Item>
          <Descriptions.Item label={t('funding.category')}>{a.categoryName} · {a.subItemName}</Descriptions.Item>
          <Descriptions.Item label={t('funding.amount')}>{formatMoney(a.requestedAmount)}</Descriptions.Item>
          <Descriptions.Item label={t('funding.planned')}>{day(a.plannedStart)} – {day(a.plannedEnd)}</Descriptions.Item>
          <Descriptions.Item label={t('funding.venue')}>{a.venue}</Descriptions.Item>
        </Descriptions>
      )}
      {s && (
        <Card title={t('funding.myReview')} size="small">
          {s.stageClosed && <Typography.Paragraph type="secondary">{t('funding.stageClosed')}</Typography.Paragraph>}
          <ProblemForm<Scores>
            form={form}
            name="review"
            draftKey={`review:${id}`}
            disabled={s.stageClosed}
            onSubmit={async (values) => {
              await call(funding.PUT('/api/funding/applications/{id}/reviews/mine', { params: { path: { id } }, body: values }));
              message.success(t('funding.scored'));
              await queries.invalidateQueries({ queryKey: ['sheet', id] });
            }}
          >
            {(s.rubric ?? []).map((c) => (
              <Form.Item
                key={c.key}
                name={['scores', c.key ?? '']}
                label={`${c.name} (${t('funding.weight')} ${c.weight})`}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={100} />
              </Form.Item>
            ))}
            <Form.Item name="comments" label={t('common.comments')} rules={[{ max: 4000 }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('common.submit')}
              </Button>
              {mine?.total !== undefined && (
                <span>
                  {t('funding.total')}: <strong data-testid="review-total">{mine.total}</strong>
                </span>
              )}
            </Space>
          </ProblemForm>
        </Card>
      )}
      {s && (s.reviews ?? []).length > 0 && (
        <Card title={t('funding.otherReviews')} size="small">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.reviews}
            columns={[
              { title: t('expert.name'), dataIndex: 'expertName' },
              { title: t('funding.total'), dataIndex: 'total' },
              { title: t('common.comments'), dataIndex: 'comments' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
