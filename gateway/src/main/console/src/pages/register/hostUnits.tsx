import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, society } from '../../api/client';
import { toProblem, type FieldProblem } from '../../api/problem';
import type { components } from '../../api/schema/society';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ActionForm, useRefresh } from './actions';

type HostUnit = components['schemas']['HostUnit'];
type Renaming = components['schemas']['Renaming'];

/** `rows[3].creditCode` → row 4 of the sheet's data (the service counts from 0), and the field. */
export function rowProblems(errors: FieldProblem[]): { row?: number; field: string; message: string }[] {
  return errors.map((e) => {
    const match = /^rows\[(\d+)]\.?(.*)$/.exec(e.field);
    return match ? { row: Number(match[1]) + 1, field: match[2], message: e.message } : { field: e.field, message: e.message };
  });
}

/** The register's xlsx import (ADMIN): one bad row imports nothing, and every row's problem is listed. */
function Import() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const [file, setFile] = useState<File>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const problems = error && typeof error === 'object' && 'errors' in error ? rowProblems((error as { errors: FieldProblem[] }).errors) : [];
  const send = async () => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = new FormData();
      body.append('file', file);
      const imported = await call(society.POST('/api/societies/import', {
        params: { query: { reason } },
        body: body as never,
        bodySerializer: (b: unknown) => b as FormData,
      }));
      message.success(t('register.hostUnits.imported', { count: imported.imported }));
      refresh('societies');
    } catch (e) {
      setError(e instanceof Error ? e : toProblem(0, String(e), undefined));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('register.hostUnits.import')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('register.hostUnits.importHint')}</Typography.Paragraph>
        <Upload accept=".xlsx" maxCount={1} beforeUpload={(f) => { setFile(f); return false; }} onRemove={() => setFile(undefined)}>
          <Button>{t('register.hostUnits.choose')}</Button>
        </Upload>
        <label>
          {t('register.reason')}
          <Input value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('register.reason')} />
        </label>
        <Button type="primary" disabled={!file || !reason} loading={busy} onClick={send}>
          {t('register.hostUnits.upload')}
        </Button>
        <ProblemAlert error={error} unplaced={[]} />
        {problems.length > 0 && (
          <Table
            rowKey={(p) => `${p.row}-${p.field}-${p.message}`}
            size="small"
            pagination={{ pageSize: 20 }}
            dataSource={problems}
            columns={[
              { title: t('register.hostUnits.row'), dataIndex: 'row' },
              { title: t('register.hostUnits.field'), dataIndex: 'field', render: (f) => <code>{f}</code> },
              { title: t('register.hostUnits.problem'), dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

/** The host-unit catalogue (挂靠单位) and the register's import: ADMIN adds and renames units, and imports a sheet. */
export function HostUnits() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [q, setQ] = useState('');
  const units = useQuery({ queryKey: ['host-units'], queryFn: () => call(society.GET('/api/societies/host-units', {})) });
  const rows = (units.data ?? []).filter((u) => (u.name ?? '').includes(q));
  const done = () => refresh('host-units', 'societies');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.nav.hostUnits')}</Typography.Title>
      <Space wrap>
        <ActionForm<HostUnit> type="primary" label={t('register.hostUnits.add')} name="host-unit" done={done}
          run={(body) => call(society.POST('/api/societies/host-units', { body }))}>
          <Form.Item name="name" label={t('society.hostUnit')} rules={[{ required: true }, { max: 100 }]}>
            <Input />
          </Form.Item>
        </ActionForm>
        <ActionForm<Renaming> label={t('register.hostUnits.rename')} name="host-unit-renaming" done={done}
          run={(body) => call(society.POST('/api/societies/host-units/renaming', { body }))}>
          <Typography.Paragraph type="secondary">{t('register.hostUnits.renameHint')}</Typography.Paragraph>
          <Form.Item name="from" label={t('register.hostUnits.from')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="to" label={t('register.hostUnits.to')} rules={[{ required: true }, { max: 100 }]}>
            <Input />
          </Form.Item>
        </ActionForm>
        <Input.Search allowClear aria-label={t('common.search')} placeholder={t('common.search')} onSearch={setQ} style={{ maxWidth: 240 }} />
      </Space>
      <ProblemAlert error={units.error} />
      <Table<HostUnit>
        rowKey="name"
        size="small"
        loading={units.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        columns={[{ title: t('society.hostUnit'), dataIndex: 'name', sorter: (a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN') }]}
      />
      <Import />
    </Space>
  );
}
