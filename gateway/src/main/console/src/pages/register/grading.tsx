import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { call, download, society } from '../../api/client';
import type { components } from '../../api/schema/society';
import { useAuth } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ExportButton, StatusTag, day, shanghai, useEnumLabel, useListParams, scrollWhenRows } from '../../components/lists';
import { ExpertPicker } from './accounts';
import { ActionButton, ActionForm, DATE, Scrollable, useRefresh } from './actions';

type Round = components['schemas']['RoundView'];
type RoundRequest = components['schemas']['RoundRequest'];
type Application = components['schemas']['ApplicationView'];
type ApplicationRequest = components['schemas']['ApplicationRequest'];
type Assessment = components['schemas']['AssessmentView'];
type Assignment = components['schemas']['Assignment'];
type AssessorRequest = components['schemas']['AssessorRequest'];
type Score = components['schemas']['Score'];
type Points = components['schemas']['IndicatorPoints'];
type Reasoned = components['schemas']['Reasoned'];
type Row = components['schemas']['Row'];
type Lowering = components['schemas']['Lowering'];
type Revocation = components['schemas']['Revocation'];
type Notice = components['schemas']['NoticeRequest'];
/** The service writes `{code, message}` per reason (the document's schema name collides with another `Reason`). */
type Why = { code?: string; message?: string };

/** The indicator groups and their maxima (platform.evaluation.*: 1,000 points in all). */
export const INDICATORS: [keyof Points, number][] = [
  ['basicConditions', 60], ['internalGovernance', 330], ['workPerformance', 390], ['socialEvaluation', 150], ['partyBuilding', 70],
];
export const LEVELS = ['AAAAA', 'AAAA', 'AAA', 'AA', 'A'] as const;

function total(points?: Points): number {
  return points ? INDICATORS.reduce((sum, [key]) => sum + (Number(points[key]) || 0), 0) : 0;
}

/** One input per indicator group, each bounded by its maximum; the service names any group over it. */
export function PointsFields({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      {INDICATORS.map(([key, max]) => (
        <Form.Item key={key} name={[name, key]} label={`${t(`register.grading.${key}`)}（≤${max}）`} rules={[{ required: true }]}>
          <InputNumber min={0} max={max} precision={0} />
        </Form.Item>
      ))}
    </Space>
  );
}

function PointsText({ points }: { points?: Points }) {
  const { t } = useTranslation();
  if (!points) return null;
  return <>{INDICATORS.map(([key]) => `${t(`register.grading.${key}`)} ${points[key] ?? ''}`).join(' · ')}（{total(points)}）</>;
}

function Reasons({ reasons }: { reasons?: unknown[] }) {
  const list = (reasons ?? []) as Why[];
  return list.length ? <ul style={{ margin: 0, paddingInlineStart: 18 }}>{list.map((r) => <li key={r.code ?? r.message}>{r.message}</li>)}</ul> : null;
}

/** ADMIN's grading rounds (社会组织评估): the list, and a new round. */
export function GradingRounds() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const { data, error, isFetching } = useQuery({ queryKey: ['grading-rounds'], queryFn: () => call(society.GET('/api/societies/evaluation/rounds', {})) });
  const year = new Date().getFullYear();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.nav.grading')}</Typography.Title>
      <Space wrap>
        <ActionForm<RoundRequest> type="primary" label={t('register.grading.openRound')} name="grading-round" initialValues={{ year }}
          done={() => refresh('grading-rounds')} run={(body) => call(society.POST('/api/societies/evaluation/rounds', { body }))}>
          <Form.Item name="year" label={t('common.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2200} />
          </Form.Item>
          <Form.Item name="name" label={t('register.grading.roundName')} rules={[{ required: true }, { max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="applicationsCloseOn" label={t('register.grading.closesOn')} rules={[{ required: true }]}>
            <Input {...DATE} />
          </Form.Item>
        </ActionForm>
        <Link to="/grades">{t('register.nav.grades')}</Link>
        <Link to="/grading/eligibility">{t('register.grading.eligibility')}</Link>
      </Space>
      <ProblemAlert error={error} />
      <Table<Round>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 700 }}
        columns={[
          { title: t('register.grading.roundName'), dataIndex: 'name', render: (name, r) => <Link to={`/grading/${r.id}`}>{name}</Link> },
          { title: t('common.year'), dataIndex: 'year' },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('register.grading.closesOn'), dataIndex: 'applicationsCloseOn', render: day },
          { title: t('register.grading.noticeCloses'), dataIndex: 'noticeClosesAt', render: (v) => shanghai(v) },
        ]}
      />
    </Space>
  );
}

/** Every active society's eligibility today, with the reasons one may not apply. */
export function Eligibility() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { data, error, isFetching } = useQuery({ queryKey: ['eligibility'], queryFn: () => call(society.GET('/api/societies/evaluation/eligibility', {})) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.grading.eligibility')}</Typography.Title>
      <ProblemAlert error={error} />
      <Table
        rowKey="societyId"
        size="small"
        loading={isFetching}
        dataSource={data}
        pagination={{ pageSize: 50 }}
        scroll={{ x: 700 }}
        columns={[
          { title: t('inspection.society'), dataIndex: 'societyName', render: (name, r) => <Link to={`/societies/${r.societyId}?tab=grading`}>{name}</Link> },
          { title: t('register.grading.eligible'), dataIndex: 'eligible', render: (v) => (v ? t('common.yes') : t('common.no')), filters: [{ text: t('common.yes'), value: true }, { text: t('common.no'), value: false }], onFilter: (v, r) => r.eligible === v },
          { title: t('register.grading.basis'), dataIndex: 'basis', render: label },
          { title: t('register.reason'), dataIndex: 'reasons', render: (reasons) => <Reasons reasons={reasons} /> },
        ]}
      />
    </Space>
  );
}

function AssessorForm({ application, done }: { application: Application; done: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssessorRequest>();
  return (
    <ActionForm<AssessorRequest> size="small" form={form} label={t('register.grading.assign')} name={`assessor-${application.id}`} done={done}
      run={(body) => call(society.POST('/api/societies/evaluation/applications/{applicationId}/assessors', { params: { path: { applicationId: application.id! } }, body }))}>
      <Typography.Paragraph type="secondary">{t('register.grading.assignHint', { society: application.societyName })}</Typography.Paragraph>
      <Form.Item name="expertId" label={t('register.accounts.expert')} rules={[{ required: true }]}>
        <ExpertPicker onPick={(e) => form.setFieldsValue({ name: e.name, employer: e.employer, societyIds: (e.societies ?? []).map((s) => s.id!) })} />
      </Form.Item>
      <Form.Item name="name" label={t('account.name')}>
        <Input />
      </Form.Item>
      <Form.Item name="employer" label={t('expert.employer')}>
        <Input />
      </Form.Item>
      <Form.Item name="societyIds" hidden>
        <Select mode="multiple" />
      </Form.Item>
    </ActionForm>
  );
}

/** One round for ADMIN: its applications with their assessors, and the round's next step. */
export function GradingRound() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnumLabel();
  const refresh = useRefresh();
  const path = { params: { path: { roundId: id } } };
  const round = useQuery({ queryKey: ['grading-round', id], queryFn: () => call(society.GET('/api/societies/evaluation/rounds/{roundId}', path)) });
  const applications = useQuery({
    queryKey: ['grading-applications', id],
    queryFn: () => call(society.GET('/api/societies/evaluation/rounds/{roundId}/applications', path)),
  });
  const r = round.data;
  const done = () => refresh('grading-round', 'grading-applications', 'grading-rounds');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{r?.name ?? '…'}</Typography.Title>
      <ProblemAlert error={round.error ?? applications.error} />
      {r && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('common.status')}><StatusTag value={r.status} /></Descriptions.Item>
          <Descriptions.Item label={t('register.grading.closesOn')}>{day(r.applicationsCloseOn)}</Descriptions.Item>
          <Descriptions.Item label={t('register.grading.noticeCloses')}>{shanghai(r.noticeClosesAt)}</Descriptions.Item>
        </Descriptions>
      )}
      <Space wrap align="start">
        {r?.status === 'OPEN' && (
          <ActionButton type="primary" label={t('register.grading.scoring')} confirm={t('register.grading.scoringConfirm')} done={done}
            run={() => call(society.POST('/api/societies/evaluation/rounds/{roundId}/scoring', path))} />
        )}
        {r?.status === 'SCORING' && (
          <ActionForm<Notice> type="primary" label={t('register.grading.notice')} name={`notice-${id}`} done={done} initialValues={{ noticePeriod: 'P7D' }}
            run={(body) => call(society.POST('/api/societies/evaluation/rounds/{roundId}/notice', { ...path, body }))}>
            <Form.Item name="noticePeriod" label={t('register.grading.noticePeriod')} extra={t('register.grading.noticePeriodHint')}>
              <Input />
            </Form.Item>
          </ActionForm>
        )}
        {r?.status === 'ON_NOTICE' && (
          <ActionButton type="primary" label={t('register.grading.confirm')} confirm={t('register.grading.confirmConfirm')} done={done}
            run={() => call(society.POST('/api/societies/evaluation/rounds/{roundId}/confirmation', path))} />
        )}
      </Space>
      <Table<Application>
        rowKey="id"
        size="middle"
        loading={applications.isFetching}
        dataSource={applications.data}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (a) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text>{a.statement}</Typography.Text>
              <Typography.Text>{t('register.grading.self')}: <PointsText points={a.selfAssessment} /></Typography.Text>
              <Table<Assessment>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={a.assessments}
                columns={[
                  { title: t('register.grading.assessor'), dataIndex: 'assessorName' },
                  { title: t('expert.employer'), dataIndex: 'employer' },
                  { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
                  { title: t('register.grading.points'), dataIndex: 'points', render: (p) => <PointsText points={p} /> },
                  { title: t('common.comments'), dataIndex: 'comments', render: (c, x) => c ?? x.recusalReason },
                ]}
              />
            </Space>
          ),
        }}
        columns={[
          { title: t('inspection.society'), dataIndex: 'societyName', render: (name, a) => <Link to={`/societies/${a.societyId}?tab=grading`}>{name}</Link> },
          { title: t('register.grading.basis'), dataIndex: 'basis', render: label },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('register.grading.selfTotal'), dataIndex: 'selfAssessmentTotal' },
          { title: t('register.grading.assessors'), key: 'assessors', render: (_, a) => (a.assessments ?? []).map((x) => x.assessorName).join('、') },
          { title: t('register.grading.score'), dataIndex: 'score' },
          { title: t('register.grading.level'), dataIndex: 'proposedLevel', render: (v) => v && t(`register.level.${v}`) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) => (
              <Space wrap align="start">
                {a.status === 'SUBMITTED' && r?.status !== 'ON_NOTICE' && r?.status !== 'CLOSED' && <AssessorForm application={a} done={done} />}
                {(a.status === 'SUBMITTED' || a.status === 'PROPOSED') && (
                  <ActionForm<Reasoned> size="small" danger label={t('register.grading.reject')} name={`reject-${a.id}`} done={done}
                    run={(body) => call(society.POST('/api/societies/evaluation/applications/{applicationId}/rejection', { params: { path: { applicationId: a.id! } }, body }))}>
                    <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
                      <Input.TextArea rows={3} />
                    </Form.Item>
                  </ActionForm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

/** A society's grading (ADMIN, its own secretary): eligibility, applying with the self-assessment, withdrawing, its grades. */
export function SocietyGrading({ societyId }: { societyId: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const refresh = useRefresh();
  const path = { params: { path: { id: societyId } } };
  const eligibility = useQuery({ queryKey: ['eligibility', societyId], queryFn: () => call(society.GET('/api/societies/{id}/evaluation/eligibility', path)) });
  const rounds = useQuery({ queryKey: ['grading-rounds'], queryFn: () => call(society.GET('/api/societies/evaluation/rounds', {})) });
  const applications = useQuery({ queryKey: ['grading-applications', societyId], queryFn: () => call(society.GET('/api/societies/{id}/evaluation/applications', path)) });
  const grades = useQuery({ queryKey: ['grades', societyId], queryFn: () => call(society.GET('/api/societies/{id}/grades', path)) });
  const open = (rounds.data ?? []).filter((r) => r.status === 'OPEN');
  // one application at a time: the service refuses another while one is under way
  const underWay = (applications.data ?? []).some((a) => a.status === 'SUBMITTED' || a.status === 'PROPOSED');
  const e = eligibility.data;
  const done = () => refresh('grading-applications', 'eligibility', 'audit');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={eligibility.error ?? applications.error ?? grades.error} />
      {e && (
        <Alert
          type={e.eligible ? 'success' : 'warning'}
          showIcon
          title={e.eligible ? t('register.grading.mayApply', { basis: label(e.basis) }) : t('register.grading.mayNotApply')}
          description={<Reasons reasons={e.reasons} />}
        />
      )}
      {open.length > 0 && !underWay && (
        <ActionForm<ApplicationRequest> type="primary" label={t('register.grading.apply')} name={`grading-apply-${societyId}`} done={done}
          initialValues={{ roundId: open[0].id }}
          run={(body) => call(society.POST('/api/societies/{id}/evaluation/applications', { ...path, body }))}>
          <Form.Item name="roundId" label={t('register.grading.round')} rules={[{ required: true }]}>
            <Select options={open.map((r) => ({ value: r.id, label: `${r.name}（${t('register.grading.closesOn')} ${day(r.applicationsCloseOn)}）` }))} />
          </Form.Item>
          <Form.Item name="statement" label={t('register.grading.statement')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Typography.Text strong>{t('register.grading.self')}</Typography.Text>
          <PointsFields name="selfAssessment" />
        </ActionForm>
      )}
      <Card size="small" title={t('register.grading.applications')}>
        <Scrollable label={t('register.grading.applications')}>
          <Table<Application>
            rowKey="id"
            size="small"
            loading={applications.isFetching}
            dataSource={applications.data}
            pagination={false}
            scroll={scrollWhenRows(applications.data, 700)}
            columns={[
              { title: t('register.grading.round'), dataIndex: 'roundId', render: (v) => (rounds.data ?? []).find((r) => r.id === v)?.name ?? v },
              { title: t('register.grading.submittedAt'), dataIndex: 'submittedAt', render: (v) => shanghai(v) },
              { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
              { title: t('register.grading.selfTotal'), dataIndex: 'selfAssessmentTotal' },
              { title: t('register.grading.score'), dataIndex: 'score' },
              { title: t('register.grading.level'), dataIndex: 'proposedLevel', render: (v) => v && t(`register.level.${v}`) },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, a) =>
                  (a.status === 'SUBMITTED' || a.status === 'PROPOSED') && (
                    <ActionButton size="small" label={t('register.grading.withdraw')} confirm={t('register.grading.withdrawConfirm')} done={done}
                      run={() => call(society.POST('/api/societies/evaluation/applications/{applicationId}/withdrawal', { params: { path: { applicationId: a.id! } } }))} />
                  ),
              },
            ]}
          />
        </Scrollable>
      </Card>
      <Card size="small" title={t('register.nav.grades')}>
        <GradeTable rows={grades.data} loading={grades.isFetching} />
      </Card>
    </Space>
  );
}

function GradeActions({ grade }: { grade: Row }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const refresh = useRefresh();
  const admin = session.roles.includes('ADMIN');
  const mayPrint = admin || session.societyId === grade.societyId;
  const done = () => refresh('grades');
  const path = { params: { path: { gradeId: grade.id! } } };
  return (
    <Space wrap align="start">
      {mayPrint && (
        <ActionButton size="small" label={t('register.grading.certificate')} run={() => download(`/api/societies/grades/${grade.id}/certificate.pdf`)} />
      )}
      {admin && grade.status === 'IN_FORCE' && (
        <>
          <ActionForm<Lowering> size="small" label={t('register.grading.lower')} name={`lower-${grade.id}`} done={done}
            run={(body) => call(society.POST('/api/societies/grades/{gradeId}/lowering', { ...path, body }))}>
            <Form.Item name="level" label={t('register.grading.level')} rules={[{ required: true }]}>
              <Select options={LEVELS.filter((l) => l.length < (grade.level ?? '').length).map((l) => ({ value: l, label: t(`register.level.${l}`) }))} />
            </Form.Item>
            <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
          <ActionForm<Revocation> size="small" danger label={t('register.grading.revoke')} name={`revoke-${grade.id}`} done={done}
            run={(body) => call(society.POST('/api/societies/grades/{gradeId}/revocation', { ...path, body }))}>
            <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
        </>
      )}
    </Space>
  );
}

function GradeTable({ rows, loading, list }: { rows?: Row[]; loading: boolean; list?: ReturnType<typeof useListParams> & { total?: number } }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Scrollable label={t('register.nav.grades')}>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={list ? { ...list.pagination({ page: { totalElements: list.total } }), showTotal: (count) => t('common.total', { count }) } : false}
        onChange={list?.onTableChange}
        scroll={scrollWhenRows(rows, 900)}
        columns={[
          { title: t('inspection.society'), dataIndex: 'societyName', key: 'societyName', sorter: Boolean(list), sortOrder: list?.sortOrderOf('societyName'), render: (name, g) => <Link to={`/societies/${g.societyId}?tab=grading`}>{name}</Link> },
          { title: t('register.grading.level'), dataIndex: 'level', key: 'level', sorter: Boolean(list), sortOrder: list?.sortOrderOf('level'), render: (v, g) => g.label ?? t(`register.level.${v}`) },
          { title: t('register.grading.score'), dataIndex: 'score', key: 'score', sorter: Boolean(list), sortOrder: list?.sortOrderOf('score') },
          { title: t('register.grading.awardedOn'), dataIndex: 'awardedOn', key: 'awardedOn', sorter: Boolean(list), sortOrder: list?.sortOrderOf('awardedOn'), render: day },
          { title: t('register.grading.validUntil'), dataIndex: 'validUntil', key: 'validUntil', sorter: Boolean(list), sortOrder: list?.sortOrderOf('validUntil'), render: day },
          { title: t('register.grading.certificateNumber'), dataIndex: 'certificateNumber' },
          { title: t('common.status'), dataIndex: 'status', render: (v, g) => <>{<StatusTag value={v} />} {label(g.lapseCause)}</> },
          { title: t('common.actions'), key: 'actions', render: (_, g) => <GradeActions grade={g} /> },
        ]}
      />
    </Scrollable>
  );
}

/** The grades (public knowledge): filters, paging and sort as the API does, its xlsx for ADMIN. */
export function Grades() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const list = useListParams({ size: 20 });
  const [form] = Form.useForm();
  const f = list.filters as { level?: 'A'; minimumLevel?: 'A'; status?: 'IN_FORCE'; year?: string; q?: string };
  const filter = { level: f.level, minimumLevel: f.minimumLevel, status: f.status, year: f.year ? Number(f.year) : undefined, q: f.q };
  const { data, error, isFetching } = useQuery({
    queryKey: ['grades', filter, list.query],
    queryFn: () => call(society.GET('/api/societies/grades', { params: { query: { ...filter, page: list.query } } })),
  });
  const levels = LEVELS.map((l) => ({ value: l, label: t(`register.level.${l}`) }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.nav.grades')}</Typography.Title>
      <Form form={form} layout="inline" initialValues={list.filters} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="level" label={t('register.grading.level')}>
          <Select allowClear style={{ minWidth: 100 }} options={levels} />
        </Form.Item>
        <Form.Item name="minimumLevel" label={t('register.grading.minimumLevel')}>
          <Select allowClear style={{ minWidth: 100 }} options={levels} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 100 }} options={['IN_FORCE', 'LAPSED'].map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2200} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">{t('common.search')}</Button>
          {session.roles.includes('ADMIN') && <ExportButton path="/api/societies/grades/export.xlsx" query={{ ...filter, sort: list.query.sort }} />}
        </Space>
      </Form>
      <ProblemAlert error={error} />
      <GradeTable rows={data?.content} loading={isFetching} list={{ ...list, total: data?.page?.totalElements }} />
    </Space>
  );
}

/** A reviewer's own assessments: score one by indicator group while its round is scoring, or stand aside. */
export function MyAssessments() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const { data, error, isFetching } = useQuery({ queryKey: ['assessments-mine'], queryFn: () => call(society.GET('/api/societies/evaluation/assessments/mine', {})) });
  const done = () => refresh('assessments-mine');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.nav.assessments')}</Typography.Title>
      <ProblemAlert error={error} />
      <Table<Assignment>
        rowKey={(a) => a.assessment?.id ?? ''}
        size="middle"
        loading={isFetching}
        dataSource={data}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 800 }}
        expandable={{
          expandedRowRender: (a) => (
            <Space orientation="vertical">
              <Typography.Text>{a.statement}</Typography.Text>
              <Typography.Text>{t('register.grading.self')}: <PointsText points={a.selfAssessment} /></Typography.Text>
            </Space>
          ),
        }}
        columns={[
          { title: t('inspection.society'), dataIndex: 'societyName' },
          { title: t('register.grading.application'), dataIndex: 'applicationStatus', render: (v) => <StatusTag value={v} /> },
          { title: t('common.status'), key: 'status', render: (_, a) => <StatusTag value={a.assessment?.status} /> },
          { title: t('register.grading.points'), key: 'points', render: (_, a) => <PointsText points={a.assessment?.points} /> },
          { title: t('register.grading.assignedAt'), key: 'assignedAt', render: (_, a) => shanghai(a.assessment?.assignedAt) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) => {
              const applicationId = a.assessment?.applicationId ?? '';
              const path = { params: { path: { applicationId } } };
              if (a.assessment?.status === 'RECUSED' || a.applicationStatus !== 'SUBMITTED') return null;
              return (
                <Space wrap align="start">
                  <ActionForm<Score> size="small" type="primary" label={t('register.grading.scoreIt')} name={`score-${applicationId}`} done={done}
                    initialValues={{ points: a.assessment?.points, comments: a.assessment?.comments }}
                    run={(body) => call(society.PUT('/api/societies/evaluation/applications/{applicationId}/assessments/mine', { ...path, body }))}>
                    <Typography.Paragraph>{a.societyName}</Typography.Paragraph>
                    <PointsFields name="points" />
                    <Form.Item name="comments" label={t('common.comments')} rules={[{ max: 2000 }]}>
                      <Input.TextArea rows={3} />
                    </Form.Item>
                  </ActionForm>
                  <ActionForm<Reasoned> size="small" label={t('register.grading.recuse')} name={`recuse-${applicationId}`} done={done}
                    run={(body) => call(society.POST('/api/societies/evaluation/applications/{applicationId}/assessments/mine/recusal', { ...path, body }))}>
                    <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
                      <Input.TextArea rows={3} />
                    </Form.Item>
                  </ActionForm>
                </Space>
              );
            },
          },
        ]}
      />
    </Space>
  );
}
