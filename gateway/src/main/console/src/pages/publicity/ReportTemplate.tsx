import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, download, publicity } from '../../api/client';
import type { components } from '../../api/schema/publicity';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { shanghai } from '../../components/lists';
import { shanghaiYear } from '../events/shared';

type TemplateRequest = components['schemas']['TemplateRequest'];

/**
 * ADMIN: the narrative template of the year's work report (`{{figure}}` placeholders the service
 * fills in; an unknown one is refused naming it), and the report as HTML, Word or PDF.
 */
export function ReportTemplate() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateRequest>();
  const [year, setYear] = useState(shanghaiYear());
  const [error, setError] = useState<unknown>();
  const template = useQuery({ queryKey: ['report-template'], queryFn: () => call(publicity.GET('/api/publicity/reports/template', {})) });
  const insert = (key: string) => {
    const body = form.getFieldValue('body') ?? '';
    form.setFieldsValue({ body: `${body}{{${key}}}` });
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('events.nav.reportTemplate')}</Typography.Title>
      <Card
        size="small"
        title={t('dashboard.report')}
        extra={
          <Space wrap>
            <InputNumber aria-label={t('common.year')} min={2000} max={shanghaiYear()} value={year} onChange={(v) => v && setYear(v)} />
            {(['html', 'docx', 'pdf'] as const).map((kind) => (
              <Button key={kind} size="small" onClick={() => download(`/api/publicity/reports/${year}/report.${kind}`, {}, `report-${year}.${kind}`).catch(setError)}>
                {t(`dashboard.report${kind === 'html' ? 'Html' : kind === 'docx' ? 'Docx' : 'Pdf'}`)}
              </Button>
            ))}
          </Space>
        }
      >
        <ProblemAlert error={error} />
        <Typography.Text>{t('events.report.downloadHint')}</Typography.Text>
      </Card>
      <ProblemAlert error={template.error} />
      {template.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Card size="small" title={t('events.report.template')}>
              {template.data.updatedAt && (
                <Typography.Paragraph>{t('events.report.updated', { by: template.data.updatedBy ?? '', at: shanghai(template.data.updatedAt) })}</Typography.Paragraph>
              )}
              <ProblemForm<TemplateRequest>
                form={form}
                name="report-template"
                draftKey="report-template"
                initialValues={{ body: template.data.body ?? '' }}
                onSubmit={async (body) => {
                  await call(publicity.PUT('/api/publicity/reports/template', { body }));
                  message.success(t('common.saved'));
                  void template.refetch();
                }}
              >
                <Form.Item name="body" label={t('events.report.body')} extra={t('events.report.bodyHint')} rules={[{ required: true }, { max: 50000 }]}>
                  <Input.TextArea rows={18} style={{ fontFamily: 'monospace' }} />
                </Form.Item>
                <Button type="primary" htmlType="submit">
                  {t('common.save')}
                </Button>
              </ProblemForm>
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('events.report.placeholders')}>
              <Table
                size="small"
                rowKey="key"
                pagination={{ pageSize: 15 }}
                dataSource={template.data.placeholders}
                columns={[
                  { title: t('events.report.placeholder'), dataIndex: 'key', render: (k) => <Button type="link" size="small" onClick={() => insert(k)} aria-label={t('events.report.insert', { key: k })}>{`{{${k}}}`}</Button> },
                  { title: t('events.report.meaning'), dataIndex: 'label' },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
