import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';

import { call, publicity } from '../api/client';
import type { components } from '../api/schema/publicity';
import { useAuth } from '../auth/AuthProvider';
import { hasAny } from '../auth/session';
import { ProblemAlert } from '../components/ProblemAlert';
import { ProblemForm } from '../components/ProblemForm';

type Article = components['schemas']['ArticleView'];
type Channel = NonNullable<components['schemas']['ArticleRequest']['channels']>[number];

interface Draft {
  title: string;
  summary?: string;
  text: string;
  columnId?: string;
  campaignId?: string;
  channels?: Channel[];
}

const CHANNELS: Channel[] = ['PLATFORM', 'NEWSPAPER', 'TV', 'NEWS_SITE'];

/** Plain paragraphs become the article's HTML (the service cleans whatever it is sent). */
export function toHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The stored HTML back into the editor's plain paragraphs (the reverse of toHtml for what it wrote). */
export function toText(html: string): string {
  const body = new DOMParser().parseFromString(html.replace(/<br\s*\/?>/gi, '\n'), 'text/html').body;
  const blocks = Array.from(body.children);
  return (blocks.length > 0 ? blocks.map((b) => b.textContent ?? '') : [body.textContent ?? ''])
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A news item: a secretary's for its society's sub-site, an editor's for a column; saved as a draft,
 * then sent for review. `/articles/:id/edit` changes a draft (one returned from review comes back as a draft).
 */
export function ArticleEditor() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery({
    queryKey: ['article', id],
    enabled: Boolean(id),
    queryFn: () => call(publicity.GET('/api/publicity/articles/{id}', { params: { path: { id: id! } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={2}>{id ? t('events.article.edit') : t('article.new')}</Typography.Title>
      <ProblemAlert error={existing.error} />
      {existing.data?.reviewComment && <Typography.Paragraph>{t('article.comment')}：{existing.data.reviewComment}</Typography.Paragraph>}
      {(!id || existing.data) && <ArticleForm article={existing.data} />}
    </Space>
  );
}

function ArticleForm({ article }: { article?: Article }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useAuth();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<Draft>();
  const editor = hasAny(session, ['ADMIN', 'EDITOR']);
  // which of the two buttons sent the form
  const sendForReview = useRef(true);
  const columns = useQuery({
    queryKey: ['columns'],
    enabled: editor,
    queryFn: () => call(publicity.GET('/api/publicity/columns', {})),
  });
  const campaigns = useQuery({
    queryKey: ['campaigns'],
    enabled: editor,
    queryFn: () => call(publicity.GET('/api/publicity/campaigns', {})),
  });
  // the stored article first; a draft kept from an interrupted session goes on top of it
  const initial: Partial<Draft> | undefined = article && {
    title: article.title,
    summary: article.summary,
    text: toText(article.body ?? ''),
    columnId: article.columnId,
    campaignId: article.campaignId,
    channels: article.channels as Channel[] | undefined,
  };

  const save = async (values: Draft, submit: boolean) => {
    const body = {
      kind: article?.kind ?? ('NEWS' as const),
      title: values.title,
      summary: values.summary,
      body: toHtml(values.text ?? ''),
      columnId: values.columnId,
      campaignId: values.campaignId,
      channels: values.channels,
      person: article?.person,
      societyId: article ? article.societyId : editor ? undefined : session.societyId,
    };
    const saved = article
      ? await call(publicity.PUT('/api/publicity/articles/{id}', { params: { path: { id: article.id! } }, body }))
      : await call(publicity.POST('/api/publicity/articles', { body }));
    if (submit) await call(publicity.POST('/api/publicity/articles/{id}/submission', { params: { path: { id: saved.id! } } }));
    message.success(t(submit ? 'article.submitted' : 'common.saved'));
    await queries.invalidateQueries({ queryKey: ['articles'] });
    await queries.invalidateQueries({ queryKey: ['article', saved.id] });
    navigate(article?.societyId && !editor ? `/articles?societyId=${article.societyId}` : '/articles');
  };

  return (
    <Card size="small">
      <ProblemForm<Draft>
        form={form}
        name="article"
        draftKey={`article:${article?.id ?? 'new'}:${session.username}`}
        initialValues={initial}
        onSubmit={(v) => save(v, sendForReview.current)}
      >
        <Form.Item name="title" label={t('article.title')} rules={[{ required: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        {editor && (
          <Form.Item name="columnId" label={t('article.column')} rules={[{ required: !article?.societyId }]}>
            <Select allowClear options={(columns.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        {editor && (
          <Space wrap align="start">
            <Form.Item name="campaignId" label={t('events.article.campaign')}>
              <Select allowClear style={{ minWidth: 220 }} options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
            <Form.Item name="channels" label={t('events.article.channels')}>
              <Select mode="multiple" allowClear style={{ minWidth: 260 }} options={CHANNELS.map((c) => ({ value: c, label: t(`events.article.channel.${c}`) }))} />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="summary" label={t('article.summary')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="text" label={t('article.body')} extra={t('article.bodyHint')} rules={[{ required: true }]}>
          <Input.TextArea rows={10} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" onClick={() => (sendForReview.current = true)}>
            {t('article.submit')}
          </Button>
          <Button htmlType="submit" onClick={() => (sendForReview.current = false)}>
            {t('article.saveDraft')}
          </Button>
        </Space>
      </ProblemForm>
    </Card>
  );
}
