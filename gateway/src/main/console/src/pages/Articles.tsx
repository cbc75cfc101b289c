import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { call, publicity } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { hasAny } from '../auth/session';
import type { components } from '../api/schema/publicity';
import { ProblemAlert } from '../components/ProblemAlert';
import { ProblemForm } from '../components/ProblemForm';
import { StatusTag, shanghai, useEnumLabel, useListParams, scrollWhenRows } from '../components/lists';

type Article = components['schemas']['ArticleView'];
const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

/** Articles and profiles; `review` shows those waiting for an editor, with publish, return and archive. */
export function Articles({ review = false }: { review?: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const navigate = useNavigate();
  const filter = review ? { ...list.filters, status: 'IN_REVIEW' } : list.filters;
  const key = ['articles', filter, list.query];
  const { data, error, isFetching } = useQuery({
    queryKey: key,
    queryFn: () => call(publicity.GET('/api/publicity/articles', { params: { query: { filter, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t(review ? 'nav.articleReview' : 'nav.articles')}</Typography.Title>
        {!review && (
          <Button type="primary" onClick={() => navigate('/articles/new')}>
            {t('article.new')}
          </Button>
        )}
      </Space>
      <Form layout="inline" initialValues={list.filters} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear />
        </Form.Item>
        {!review && (
          <Form.Item name="status" label={t('common.status')}>
            <Select allowClear style={{ minWidth: 120 }} options={STATUSES.map((v) => ({ value: v, label: label(v) }))} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table<Article>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={scrollWhenRows(data?.content, 800)}
        expandable={{
          expandedRowRender: (a) => (
            <>
              <Typography.Paragraph>{a.summary}</Typography.Paragraph>
              {a.reviewComment && (
                <Typography.Paragraph>
                  {t('article.comment')}：{a.reviewComment}
                </Typography.Paragraph>
              )}
            </>
          ),
        }}
        columns={[
          { title: t('article.title'), dataIndex: 'title', render: (title, a) => (a.url ? <a href={a.url}>{title}</a> : title) },
          { title: t('article.kind'), dataIndex: 'kind', render: label },
          { title: t('article.author'), dataIndex: 'author' },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('article.submittedAt'), dataIndex: 'submittedAt', render: (v) => shanghai(v) },
          review
            ? { title: t('common.actions'), key: 'review', render: (_: unknown, a: Article) => <ReviewActions article={a} /> }
            : { title: t('common.actions'), key: 'submit', render: (_: unknown, a: Article) => <AuthorActions article={a} /> },
        ]}
      />
    </Space>
  );
}

function ReviewActions({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<{ comment: string }>();
  const id = article.id!;
  const done = (text: string) => {
    message.success(text);
    void queries.invalidateQueries({ queryKey: ['articles'] });
  };
  const act = (step: 'publication' | 'archive') => async () => {
    setError(undefined);
    try {
      if (step === 'publication') await call(publicity.POST('/api/publicity/articles/{id}/publication', { params: { path: { id } } }));
      else await call(publicity.POST('/api/publicity/articles/{id}/archive', { params: { path: { id } } }));
      done(t(step === 'publication' ? 'article.published' : 'article.archived'));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space orientation="vertical">
      <Space wrap>
        <Button type="primary" size="small" onClick={act('publication')}>
          {t('article.publish')}
        </Button>
        <Button size="small" onClick={() => setReturning(true)}>
          {t('article.return')}
        </Button>
        <Button size="small" onClick={act('archive')}>
          {t('article.archive')}
        </Button>
      </Space>
      <ProblemAlert error={error} />
      <Modal open={returning} title={t('article.return')} footer={null} onCancel={() => setReturning(false)} destroyOnHidden>
        <ProblemForm<{ comment: string }>
          form={form}
          name={`return-${id}`}
          draftKey={`article-return:${id}`}
          onSubmit={async (body) => {
            await call(publicity.POST('/api/publicity/articles/{id}/return', { params: { path: { id } }, body }));
            setReturning(false);
            done(t('article.returned'));
          }}
        >
          <Form.Item name="comment" label={t('article.comment')} rules={[{ required: true }, { max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.submit')}
          </Button>
        </ProblemForm>
      </Modal>
    </Space>
  );
}

/** The author's steps: a draft is edited and sent for review; an editor takes a published article off the site. */
function AuthorActions({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useAuth();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const id = article.id!;
  const act = (step: 'submission' | 'archive') => async () => {
    setError(undefined);
    try {
      if (step === 'submission') await call(publicity.POST('/api/publicity/articles/{id}/submission', { params: { path: { id } } }));
      else await call(publicity.POST('/api/publicity/articles/{id}/archive', { params: { path: { id } } }));
      message.success(t(step === 'submission' ? 'article.submitted' : 'article.archived'));
      void queries.invalidateQueries({ queryKey: ['articles'] });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space orientation="vertical">
      <Space wrap>
        {article.status === 'DRAFT' && (
          <>
            <Button size="small" onClick={() => navigate(`/articles/${id}/edit`)} aria-label={`${t('events.article.edit')}: ${article.title ?? ''}`}>
              {t('events.article.edit')}
            </Button>
            <Button size="small" onClick={act('submission')}>
              {t('article.submit')}
            </Button>
          </>
        )}
        {article.status === 'PUBLISHED' && hasAny(session, ['ADMIN', 'EDITOR']) && (
          <Button size="small" onClick={act('archive')}>
            {t('article.archive')}
          </Button>
        )}
      </Space>
      <ProblemAlert error={error} />
    </Space>
  );
}
