import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, download, funding } from '../../api/client';
import { ProblemError } from '../../api/problem';
import type { components } from '../../api/schema/funding';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { StatusTag, day, shanghai } from '../../components/lists';
import { readDraft } from '../../drafts';
import { DateInput } from './fields';
import { FilePicker } from './FilePicker';
import { MoneyInput, moneyRule } from './MoneyInput';
import { formatMoney, toAmount } from './money';
import { StepButton } from './steps';

type Grant = components['schemas']['GrantView'];
type ReportForm = components['schemas']['ReportForm'];
type ReportValues = Omit<ReportForm, 'lines'> & { lines?: { item?: string; actual?: string }[] };

/** A multipart `file` field, as the upload endpoints take it. */
export function fileBody(file: File) {
  return {
    body: { file } as unknown as { file: string },
    bodySerializer: (body?: { file: unknown }) => {
      const data = new FormData();
      if (body) data.append('file', body.file as Blob);
      return data;
    },
  };
}

/** The final report (结项): spending per budget line and evidence, filed by the society and accepted or returned by ADMIN. */
export function FinalReport({ grant: g, actions, refresh }: { grant: Grant; actions: string[]; refresh: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = g.id ?? '';
  const path = { params: { path: { id } } };
  const writable = actions.includes('writeReport');
  const [uploadError, setUploadError] = useState<unknown>();
  const [uploading, setUploading] = useState(false);
  const [form] = Form.useForm<ReportValues>();
  const report = useQuery({
    queryKey: ['final-report', id],
    queryFn: () => call(funding.GET('/api/funding/applications/{id}/final-report', path)).catch((e) => {
      if (e instanceof ProblemError && e.status === 404) return null;
      throw e;
    }),
  });
  const r = report.data;
  useEffect(() => {
    if (!writable || readDraft(`final-report:${id}`)) return;
    const planned = g.budgetLines ?? [];
    form.setFieldsValue({
      summary: r?.summary,
      actualAttendance: r?.actualAttendance,
      heldFrom: r?.heldFrom ?? g.plannedStart,
      heldTo: r?.heldTo ?? g.plannedEnd,
      lines: planned.map((l) => ({ item: l.item, actual: toAmount(r?.lines?.find((x) => x.item === l.item)?.actual) })),
    });
  }, [r, writable, form, id, g]);

  return (
    <Card size="small" title={t('grants.finalReport')}>
      <ProblemAlert error={report.error} />
      {r && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('common.status')}><StatusTag value={r.status} /></Descriptions.Item>
          <Descriptions.Item label={t('grants.submittedAt')}>{shanghai(r.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('grants.planned')}>{formatMoney(r.planned)}</Descriptions.Item>
          <Descriptions.Item label={t('grants.spent')}>{formatMoney(r.spent)}</Descriptions.Item>
          <Descriptions.Item label={t('grants.held')}>{day(r.heldFrom)} – {day(r.heldTo)}</Descriptions.Item>
          <Descriptions.Item label={t('grants.actualAttendance')}>{r.actualAttendance}</Descriptions.Item>
          <Descriptions.Item label={t('grants.summary')} span={2}>{r.summary}</Descriptions.Item>
          {r.comments && <Descriptions.Item label={t('common.comments')} span={2}>{r.comments}</Descriptions.Item>}
        </Descriptions>
      )}
      {r && !writable && (
        <Table
          rowKey="item"
          size="small"
          pagination={false}
          dataSource={r.lines}
          columns={[
            { title: t('grants.budgetItem'), dataIndex: 'item' },
            { title: t('grants.planned'), dataIndex: 'planned', align: 'right', render: formatMoney },
            { title: t('grants.actual'), dataIndex: 'actual', align: 'right', render: formatMoney },
          ]}
        />
      )}
      {writable && (
        <ProblemForm<ReportValues>
          form={form}
          name="final-report"
          draftKey={`final-report:${id}`}
          onSubmit={async (values) => {
            const body = { ...values, lines: (values.lines ?? []).map((l) => ({ item: l.item, actual: toAmount(l.actual) })) } as unknown as ReportForm;
            await call(funding.PUT('/api/funding/applications/{id}/final-report', { ...path, body }));
            message.success(t('common.saved'));
            void report.refetch();
          }}
        >
          <Form.Item name="summary" label={t('grants.summary')} rules={[{ required: true, max: 4000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="heldFrom" label={t('grants.heldFrom')}>
              <DateInput />
            </Form.Item>
            <Form.Item name="heldTo" label={t('grants.heldTo')}>
              <DateInput />
            </Form.Item>
            <Form.Item name="actualAttendance" label={t('grants.actualAttendance')}>
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.List name="lines">
            {(fields) =>
              fields.map((field, index) => (
                <Space key={field.key} wrap>
                  <Form.Item name={[field.name, 'item']} label={`${t('grants.budgetItem')} ${index + 1}`}>
                    <Input readOnly />
                  </Form.Item>
                  <Form.Item name={[field.name, 'actual']} label={`${t('grants.actual')} ${index + 1}`} rules={[moneyRule(true)]}
                    extra={`${t('grants.planned')} ${formatMoney(g.budgetLines?.[index]?.amount)}`}>
                    <MoneyInput />
                  </Form.Item>
                </Space>
              ))
            }
          </Form.List>
          <Button type="primary" htmlType="submit">
            {t('grants.saveReport')}
          </Button>
        </ProblemForm>
      )}
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        {t('grants.evidence')}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r?.evidence}
        columns={[
          {
            title: t('grants.file'),
            dataIndex: 'filename',
            render: (name, f) => (
              <Button type="link" onClick={() => void download(`/api/funding/applications/${id}/final-report/evidence/${f.id}`, {}, name)}>
                {name}
              </Button>
            ),
          },
          { title: t('grants.size'), dataIndex: 'size', render: (v: number) => `${Math.ceil((v ?? 0) / 1024)} KB` },
          { title: t('grants.uploadedAt'), dataIndex: 'uploadedAt', render: (v) => shanghai(v) },
          {
            title: t('common.actions'),
            key: 'detach',
            render: (_, f) =>
              writable ? (
                <StepButton label={t('grants.detach')} confirm={t('grants.detachConfirm')} done={() => void report.refetch()}
                  run={() => call(funding.DELETE('/api/funding/applications/{id}/final-report/evidence/{file}', { params: { path: { id, file: f.id ?? '' } } }))} />
              ) : null,
          },
        ]}
      />
      {writable && (
        <Space orientation="vertical" style={{ marginTop: 12 }}>
          <FilePicker
            accept=".pdf,.jpg,.jpeg,.png,.xlsx,.docx"
            loading={uploading}
            onFiles={async (files) => {
              setUploadError(undefined);
              setUploading(true);
              try {
                for (const file of files) {
                  await call(funding.POST('/api/funding/applications/{id}/final-report/evidence', { ...path, ...fileBody(file) }));
                }
                message.success(t('grants.uploaded'));
              } catch (e) {
                setUploadError(e);
              } finally {
                setUploading(false);
                void report.refetch();
              }
            }}
          >
            {t('grants.upload')}
          </FilePicker>
          <ProblemAlert error={uploadError} />
          <StepButton type="primary" label={t('grants.submitReport')} confirm={t('grants.submitReportConfirm')} done={refresh}
            run={() => call(funding.POST('/api/funding/applications/{id}/final-report/submission', path))} />
        </Space>
      )}
    </Card>
  );
}
