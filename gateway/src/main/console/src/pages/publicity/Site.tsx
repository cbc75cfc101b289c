import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';

import { call, download, publicity } from '../../api/client';
import type { components } from '../../api/schema/publicity';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { StatusTag, shanghai, useListParams, scrollWhenRows } from '../../components/lists';
import { shanghaiYear } from '../events/shared';

type ProfileRequest = components['schemas']['ProfileRequest'];
type Figures = components['schemas']['Figures'];
type SiteFigures = components['schemas']['SiteFigures'];

/** A secretary's own sub-site. */
export function MySite() {
  const { session } = useAuth();
  return session.societyId ? <Navigate to={`/publicity/sites/${session.societyId}`} replace /> : null;
}

/** Every society's sub-site with the year's page views (ADMIN), and all members' display boards in one PDF. */
export function Sites() {
  const { t } = useTranslation();
  const list = useListParams();
  const year = Number(list.filters.year ?? shanghaiYear());
  const [error, setError] = useState<unknown>();
  const { data, error: loadError, isFetching } = useQuery({
    queryKey: ['visits', year],
    queryFn: () => call(publicity.GET('/api/publicity/visits', { params: { query: { year } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t('events.nav.sites')}</Typography.Title>
        <Button onClick={() => download('/api/publicity/boards.pdf', {}, 'boards.pdf').catch(setError)}>{t('events.site.allBoards')}</Button>
      </Space>
      <Form layout="inline" initialValues={{ year }} onFinish={list.setFilters}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2200} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={loadError ?? error} />
      {data && <VisitFigures figures={data.total} title={t('events.site.allViews')} />}
      <Table<SiteFigures>
        rowKey="societyId"
        loading={isFetching}
        dataSource={data?.sites}
        pagination={{ showTotal: (count) => t('common.total', { count }), showSizeChanger: true }}
        scroll={scrollWhenRows(data?.sites, 600)}
        columns={[
          { title: t('common.name'), dataIndex: 'name', render: (n, s) => <Link to={`/publicity/sites/${s.societyId}`}>{n}</Link> },
          { title: t('events.site.views'), dataIndex: 'views', sorter: (a, b) => (a.views ?? 0) - (b.views ?? 0), defaultSortOrder: 'descend' },
          { title: t('events.site.previousViews'), dataIndex: 'previousViews' },
          { title: t('events.site.change'), dataIndex: 'changePercent', render: (v?: number) => (v === undefined || v === null ? '—' : `${v > 0 ? '+' : ''}${v}%`) },
        ]}
      />
    </Space>
  );
}

function VisitFigures({ figures, title }: { figures?: Figures; title: string }) {
  const { t } = useTranslation();
  if (!figures) return null;
  const change = figures.changePercent;
  return (
    <Card size="small" title={title}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('events.site.views')} value={figures.views ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('events.site.previousViews')} value={figures.previousViews ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('events.site.change')} value={change === undefined || change === null ? '—' : `${change > 0 ? '+' : ''}${change}%`} />
        </Col>
      </Row>
      {(figures.byMonth ?? []).length > 0 && (
        <Descriptions size="small" bordered column={{ xs: 3, sm: 4, md: 6, xl: 12 }} layout="vertical" style={{ marginTop: 12 }}>
          {(figures.byMonth ?? []).map((views, i) => (
            <Descriptions.Item key={i} label={t('events.plan.month', { month: i + 1 })}>
              {views}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}

/**
 * A society's sub-site (子站) as its secretariat, ADMIN and editors keep it: the record the register
 * gives it, the introduction, features and contact it shows, its page views, its display board, its news.
 */
export function Site() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const { session } = useAuth();
  const [year, setYear] = useState(shanghaiYear());
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<ProfileRequest>();
  const path = { params: { path: { id } } };
  const site = useQuery({ queryKey: ['site', id], queryFn: () => call(publicity.GET('/api/publicity/sites/{id}', path)) });
  const visits = useQuery({
    queryKey: ['site-visits', id, year],
    queryFn: () => call(publicity.GET('/api/publicity/sites/{id}/visits', { params: { path: { id }, query: { year } } })),
  });
  const s = site.data;
  const author = hasAny(session, ['ADMIN', 'EDITOR']) || session.societyId === id;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{s ? t('events.site.title', { name: s.name }) : '…'}</Typography.Title>
        <Space wrap>
          <a href={`/site/societies/${id}`}>{t('events.site.open')}</a>
          <Button onClick={() => download(`/api/publicity/sites/${id}/board.pdf`, {}, `board-${id}.pdf`).catch(setError)}>{t('events.site.board')}</Button>
        </Space>
      </Space>
      <ProblemAlert error={site.error ?? error} />
      {s && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('society.status')}>
            <StatusTag value={s.status} /> {s.statusReason}
          </Descriptions.Item>
          <Descriptions.Item label={t('society.shortName')}>{s.shortName}</Descriptions.Item>
          <Descriptions.Item label={t('society.hostUnit')}>{s.hostUnit}</Descriptions.Item>
          <Descriptions.Item label={t('society.creditCode')}>{s.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('events.site.openedAt')}>{shanghai(s.openedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('events.site.updatedAt')}>{shanghai(s.updatedAt)}</Descriptions.Item>
        </Descriptions>
      )}
      {s && (
        <Card size="small" title={t('events.site.profile')}>
          <ProblemForm<ProfileRequest>
            form={form}
            name="site-profile"
            draftKey={`site-profile:${id}`}
            initialValues={{ introduction: s.introduction, features: s.features, contact: s.contact }}
            onSubmit={async (body) => {
              const saved = await call(publicity.PUT('/api/publicity/sites/{id}/profile', { ...path, body }));
              queries.setQueryData(['site', id], saved);
              message.success(t('events.site.saved'));
            }}
          >
            <Form.Item name="introduction" label={t('events.site.introduction')} rules={[{ max: 5000 }]}>
              <Input.TextArea rows={5} />
            </Form.Item>
            <Form.Item name="features" label={t('events.site.features')} rules={[{ max: 5000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="contact" label={t('events.site.contact')} rules={[{ max: 500 }]}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.save')}
            </Button>
          </ProblemForm>
        </Card>
      )}
      <Space wrap align="center">
        <label htmlFor="site-visits-year">{t('common.year')}</label>
        <InputNumber id="site-visits-year" min={2000} max={2200} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      <ProblemAlert error={visits.error} />
      <VisitFigures figures={visits.data?.visits} title={t('events.site.visits', { year })} />
      <SiteNews societyId={id} author={author} onWrite={() => navigate('/articles/new')} />
    </Space>
  );
}

/** The sub-site's news (its secretariat writes them; editors publish them). */
function SiteNews({ societyId, author, onWrite }: { societyId: string; author: boolean; onWrite: () => void }) {
  const { t } = useTranslation();
  const { data, error, isFetching } = useQuery({
    queryKey: ['articles', { societyId }, { page: 0, size: 10 }],
    queryFn: () => call(publicity.GET('/api/publicity/articles', { params: { query: { filter: { societyId }, page: { page: 0, size: 10 } } } })),
  });
  return (
    <Card
      size="small"
      title={t('events.site.news')}
      extra={
        <Space wrap>
          <Link to={`/articles?societyId=${societyId}`}>{t('events.site.allNews')}</Link>
          {author && <Button onClick={onWrite}>{t('article.new')}</Button>}
        </Space>
      }
    >
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.content}
        pagination={false}
        columns={[
          { title: t('article.title'), dataIndex: 'title', render: (title, a) => (a.url ? <a href={a.url}>{title}</a> : title) },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('events.site.updatedAt'), dataIndex: 'updatedAt', render: (v) => shanghai(v) },
        ]}
      />
    </Card>
  );
}
