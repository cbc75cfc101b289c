import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';

import { call, experts } from '../api/client';
import type { components } from '../api/schema/expert';
import { useAuth } from '../auth/AuthProvider';
import { hasAny } from '../auth/session';
import { LinkButton } from './funding/fields';
import { ProblemAlert } from '../components/ProblemAlert';
import { ExportButton, StatusTag, useEnumLabel, useListParams } from '../components/lists';
import { FilePicker } from './funding/FilePicker';
import { fileBody } from './funding/FinalReport';
import { CATEGORIES, TITLE_LEVELS } from './experts/options';
import { usePools } from './experts/PoolNominations';

type ExpertFilter = components['schemas']['ExpertFilter'];

/**
 * The expert pools and their members, in pinyin order of the name (the API's own order); personal
 * data comes masked unless the API shows it in clear. ADMIN imports a roster from xlsx.
 */
export function Experts() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const list = useListParams();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const pools = usePools();
  const filter = list.filters as unknown as ExpertFilter;
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['experts', list.filters, list.query],
    queryFn: () => call(experts.GET('/api/experts', { params: { query: { filter, page: list.query } } })),
  });
  const choose = (values: readonly string[]) => values.map((v) => ({ value: v, label: label(v) }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.experts')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear placeholder={t('pools.q')} />
        </Form.Item>
        <Form.Item name="pool" label={t('expert.pool')}>
          <Select allowClear style={{ minWidth: 160 }} options={pools.options} />
        </Form.Item>
        <Form.Item name="category" label={t('pools.category')}>
          <Select allowClear style={{ minWidth: 120 }} options={choose(CATEGORIES)} />
        </Form.Item>
        <Form.Item name="minTitleLevel" label={t('pools.minTitleLevel')}>
          <Select allowClear style={{ minWidth: 120 }} options={TITLE_LEVELS.map((v) => ({ value: v, label: v === 'NONE' ? t('pools.noTitle') : label(v) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={choose(['ADMITTED', 'CANDIDATE', 'FORMER'])} />
        </Form.Item>
        <Form.Item name="committee" label={t('pools.committee')}>
          <Select allowClear style={{ minWidth: 100 }} options={[{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
          <ExportButton path="/api/experts/export.xlsx" query={{ ...list.filters, sort: list.query.sort }} />
          {hasAny(session, ['ADMIN']) && <ImportButton onImported={() => void refetch()} />}
          {hasAny(session, ['ADMIN', 'SOCIETY_SECRETARY']) && (
            <LinkButton to="/experts/nominations/new">{t('pools.nominate')}</LinkButton>
          )}
        </Space>
      </Form>
      <ProblemAlert error={pools.error ?? error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 900 }}
        columns={[
          { title: t('expert.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrderOf('name'), render: (name, e) => <Link to={`/experts/${e.id}`}>{name}</Link> },
          { title: t('expert.title'), dataIndex: 'title', render: (title, e) => `${title ?? ''} · ${e.titleLevelLabel ?? ''}` },
          { title: t('expert.employer'), dataIndex: 'employer' },
          { title: t('pools.category'), dataIndex: 'categoryLabel' },
          { title: t('expert.pools'), dataIndex: 'pools', render: (seats: { pool?: string; name?: string }[] = []) => seats.map((p) => <Tag key={p.pool}>{p.name}</Tag>) },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('account.phone'), dataIndex: 'phone' },
        ]}
      />
    </Space>
  );
}

/** ADMIN's roster import: every row is admitted to its pool, or nothing is and each bad row is named. */
function ImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <Space orientation="vertical">
      <FilePicker
        accept=".xlsx"
        loading={busy}
        onFiles={async ([file]) => {
          setError(undefined);
          setBusy(true);
          try {
            const result = await call(experts.POST('/api/experts/import', fileBody(file)));
            message.success(t('pools.imported', { count: result.imported ?? 0 }));
            onImported();
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('pools.import')}
      </FilePicker>
      <ProblemAlert error={error} />
    </Space>
  );
}

/** Award programmes (奖项评选) of a year and where each stands; ADMIN creates one. */
export function Awards() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const list = useListParams();
  const year = Number(list.filters.year ?? new Date().getFullYear());
  const { data, error, isFetching } = useQuery({
    queryKey: ['programmes', year],
    queryFn: () => call(experts.GET('/api/awards/programmes', { params: { query: { year } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.awards')}</Typography.Title>
      <Form layout="inline" initialValues={{ year }} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          {hasAny(session, ['ADMIN']) && (
            <LinkButton to="/awards/new">{t('awards.newProgramme')}</LinkButton>
          )}
        </Space>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          { title: t('expert.programme'), dataIndex: 'name', render: (name, p) => <Link to={`/awards/${p.id}`}>{name}</Link> },
          { title: t('expert.kind'), dataIndex: 'kindLabel' },
          { title: t('expert.stage'), dataIndex: 'stageLabel' },
          {
            title: t('expert.quota'),
            dataIndex: 'classes',
            render: (classes: { name?: string; quota?: number }[] = []) => classes.map((c) => `${c.name} ${c.quota}`).join('，'),
          },
        ]}
      />
    </Space>
  );
}

/** An expert's own record (personal data in clear for them alone), which they keep up to date themselves. */
export function MyProfile() {
  const { session } = useAuth();
  return session.expertId ? <Navigate to={`/experts/${session.expertId}`} replace /> : null;
}
