import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Descriptions, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';

import { call, society } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { hasAny } from '../auth/session';
import { ProblemAlert } from '../components/ProblemAlert';
import { StatusTag, day, shanghai, useEnumLabel, useListParams, yuan } from '../components/lists';
import { AnnualReportForm, InspectionActions } from './inspection';
import { SecretariatAccounts } from './register/accounts';
import { SocietyGrading } from './register/grading';
import { StandingCases } from './register/inspectionRound';
import { LifecycleActions } from './register/lifecycle';
import { Terms } from './register/terms';

/** A secretary's own society is their home page. */
export function MySociety() {
  const { session } = useAuth();
  return session.societyId ? <Navigate to={`/societies/${session.societyId}?tab=inspections`} replace /> : null;
}

/** One society: its record and lifecycle, inspections, terms, standing cases, audit trail and accounts. */
export function Society() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const [params, setParams] = useSearchParams();
  const path = { params: { path: { id } } };
  const record = useQuery({ queryKey: ['society', id], queryFn: () => call(society.GET('/api/societies/{id}', path)) });
  const s = record.data;

  const tabs = [
    {
      key: 'record',
      label: t('society.lifecycle'),
      children: s && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <LifecycleActions details={s} />
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('society.status')}>
              <StatusTag value={s.status} /> {s.statusReason}
            </Descriptions.Item>
            <Descriptions.Item label={t('society.healthTier')}>
              <StatusTag value={s.healthTier} />
            </Descriptions.Item>
            <Descriptions.Item label={t('society.shortName')}>{s.shortName}</Descriptions.Item>
            <Descriptions.Item label={t('society.category')}>{label(s.disciplineCategory)}</Descriptions.Item>
            <Descriptions.Item label={t('society.hostUnit')}>{s.hostUnit}</Descriptions.Item>
            <Descriptions.Item label={t('society.creditCode')}>{s.creditCode}</Descriptions.Item>
            <Descriptions.Item label={t('society.origin')}>{label(s.origin)}</Descriptions.Item>
            <Descriptions.Item label={t('society.foundedOn')}>{day(s.foundedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('society.registeredOn')}>{day(s.registeredOn)}</Descriptions.Item>
            <Descriptions.Item label={t('society.joinedOn')}>{day(s.joinedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('society.members')}>
              {s.individualMembers ?? 0} / {s.unitMembers ?? 0}
            </Descriptions.Item>
            <Descriptions.Item label={t('society.assets')}>{yuan(s.assets)}</Descriptions.Item>
            <Descriptions.Item label={t('society.legalRepresentative')}>{s.legalRepresentative}</Descriptions.Item>
            <Descriptions.Item label={t('society.termYears')}>{s.termYears}</Descriptions.Item>
            <Descriptions.Item label={t('society.partyOrganisation')}>{label(s.partyOrganisation?.form)}</Descriptions.Item>
            <Descriptions.Item label={t('society.address')}>{s.address}</Descriptions.Item>
            <Descriptions.Item label={t('society.website')}>{s.website}</Descriptions.Item>
            <Descriptions.Item label={t('society.leaders')}>
              {(s.leaders ?? []).map((l) => `${l.position ?? ''} ${l.name ?? ''}`).join('；')}
            </Descriptions.Item>
            <Descriptions.Item label={t('society.contacts')}>
              {(s.contacts ?? []).map((c) => [c.name, c.phone, c.email].filter(Boolean).join(' ')).join('；')}
            </Descriptions.Item>
            <Descriptions.Item label={t('society.description')} span={2}>
              {s.description}
            </Descriptions.Item>
          </Descriptions>
        </Space>
      ),
    },
    { key: 'inspections', label: t('society.inspections'), children: <Inspections societyId={id} admin={admin} /> },
    { key: 'terms', label: t('society.terms'), children: <Terms societyId={id} closed={s?.status === 'DISQUALIFIED' || s?.status === 'DEREGISTERED'} /> },
    ...(admin || session.societyId === id
      ? [
          { key: 'activity', label: t('society.activity'), children: <Activity societyId={id} /> },
          { key: 'grading', label: t('register.grading.tab'), children: <SocietyGrading societyId={id} /> },
        ]
      : []),
    ...(admin
      ? [
          { key: 'standing', label: t('society.standing'), children: <StandingCases societyId={id} /> },
          { key: 'audit', label: t('society.audit'), children: <Audit societyId={id} /> },
          { key: 'accounts', label: t('society.accounts'), children: <SecretariatAccounts societyId={id} /> },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{s?.name ?? '…'}</Typography.Title>
      <ProblemAlert error={record.error} />
      <Tabs
        activeKey={params.get('tab') ?? 'record'}
        onChange={(tab) => setParams({ tab }, { replace: true })}
        items={tabs}
      />
    </Space>
  );
}

function Inspections({ societyId, admin }: { societyId: string; admin: boolean }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const key = ['society-inspections', societyId];
  const { data, error, isFetching } = useQuery({
    queryKey: key,
    queryFn: () => call(society.GET('/api/societies/{id}/inspections', { params: { path: { id: societyId } } })),
  });
  const refresh = () => void queries.invalidateQueries({ queryKey: key });
  const pending = (data ?? []).filter((i) => i.status === 'PENDING');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={error} />
      {pending.map((i) => (
        <AnnualReportForm key={i.year} societyId={societyId} year={i.year!} initial={i.report} onFiled={refresh} />
      ))}
      <Table
        rowKey="year"
        size="small"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        scroll={{ x: 700 }}
        expandable={{
          rowExpandable: (i) => Boolean(i.report),
          expandedRowRender: (i) => (
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('inspection.summary')} span={3}>{i.report?.summary}</Descriptions.Item>
              <Descriptions.Item label={t('inspection.activitiesHeld')}>{i.report?.activitiesHeld}</Descriptions.Item>
              <Descriptions.Item label={t('inspection.income')}>{yuan(i.report?.income)}</Descriptions.Item>
              <Descriptions.Item label={t('inspection.expenditure')}>{yuan(i.report?.expenditure)}</Descriptions.Item>
              <Descriptions.Item label={t('inspection.preReviewComments')} span={3}>{i.preReviewComments}</Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('inspection.year'), dataIndex: 'year' },
          { title: t('inspection.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('inspection.outcome'), dataIndex: 'outcome', render: (v) => <StatusTag value={v} /> },
          { title: t('inspection.reportDue'), dataIndex: 'reportDue', render: day },
          { title: t('inspection.filedAt'), dataIndex: 'reportFiledAt', render: (v) => shanghai(v) },
          ...(admin
            ? [{
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, i: { year?: number; status?: string }) => (
                  <InspectionActions societyId={societyId} year={i.year!} status={i.status} invalidate={refresh} />
                ),
              }]
            : []),
        ]}
      />
    </Space>
  );
}

function Audit({ societyId }: { societyId: string }) {
  const { t } = useTranslation();
  const list = useListParams({ size: 10 });
  const { data, error, isFetching } = useQuery({
    queryKey: ['audit', societyId, list.query],
    queryFn: () => call(society.GET('/api/societies/audit', { params: { query: { societyId, page: list.query } } })),
  });
  return (
    <>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.content}
        pagination={list.pagination(data)}
        onChange={list.onTableChange}
        scroll={{ x: 700 }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v) => shanghai(v) },
          { title: t('audit.actor'), dataIndex: 'actor' },
          { title: t('audit.action'), dataIndex: 'action' },
          { title: t('audit.reason'), dataIndex: 'reason' },
        ]}
      />
    </>
  );
}

function Activity({ societyId }: { societyId: string }) {
  const { t } = useTranslation();
  const { data, error, isFetching } = useQuery({
    queryKey: ['activity', societyId],
    queryFn: () => call(society.GET('/api/societies/{id}/activity', { params: { path: { id: societyId } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={error} />
      {data && (
        <Descriptions bordered size="small" column={1}>
          <Descriptions.Item label={t('society.healthTier')}>
            <StatusTag value={data.healthTier} /> {data.override?.reason}
          </Descriptions.Item>
          <Descriptions.Item label={t('society.activity')}>{data.rule}</Descriptions.Item>
        </Descriptions>
      )}
      <Table
        rowKey="eventId"
        size="small"
        loading={isFetching}
        dataSource={data?.held}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          { title: t('event.startsAt'), dataIndex: 'endedAt', render: (v) => shanghai(v, false) },
          { title: t('event.title'), dataIndex: 'title' },
          { title: t('event.kind'), dataIndex: 'kind' },
          { title: t('event.attendance'), dataIndex: 'attended' },
        ]}
      />
    </Space>
  );
}
