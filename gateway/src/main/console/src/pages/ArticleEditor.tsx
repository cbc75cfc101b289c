import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { call, publicity } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { hasAny } from '../auth/session';
import { ProblemForm } from '../components/ProblemForm';

interface Draft {
  title: string;
  summary?: string;
  text: string;
  columnId?: string;
}

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

/** A news item: a secretary's for its society's sub-site, an editor's for a column; saved as a draft, then sent for review. */
export function ArticleEditor() {
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

  const save = async (values: Draft, submit: boolean) => {
    const article = await call(
      publicity.POST('/api/publicity/articles', {
        body: {
          kind: 'NEWS',
          title: values.title,
          summary: values.summary,
          body: toHtml(values.text ?? ''),
          columnId: values.columnId,
          societyId: editor ? undefined : session.societyId,
        },
      }),
    );
    if (submit) await call(publicity.POST('/api/publicity/articles/{id}/submission', { params: { path: { id: article.id! } } }));
    message.success(t(submit ? 'article.submitted' : 'common.saved'));
    await queries.invalidateQueries({ queryKey: ['articles'] });
    navigate('/articles');
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={2}>{t('article.new')}</Typography.Title>
      <Card size="small">
        <ProblemForm<Draft> form={form} name="article" draftKey={`article:new:${session.username}`} onSubmit={(v) => save(v, sendForReview.current)}>
          <Form.Item name="title" label={t('article.title')} rules={[{ required: true }, { max: 200 }]}>
            <Input />
          </Form.Item>
          {editor && (
            <Form.Item name="columnId" label={t('article.column')} rules={[{ required: true }]}>
              <Select options={(columns.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
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
    </Space>
  );
}
