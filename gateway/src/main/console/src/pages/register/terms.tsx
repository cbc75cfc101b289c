import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Radio, Select, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, society } from '../../api/client';
import type { components } from '../../api/schema/society';
import { useAuth } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag, day, useListParams, scrollWhenRows } from '../../components/lists';
import { ActionForm, DATE, Scrollable, useRefresh } from './actions';

type Term = components['schemas']['TermView'];
type Due = components['schemas']['TermDue'];
type CurrentTerm = components['schemas']['CurrentTerm'];
type Plan = components['schemas']['Plan'];
type Postponement = components['schemas']['PostponementRequest'];
type Decision = components['schemas']['PostponementDecision'];
type Result = components['schemas']['ElectionResult'];

/** The leaders an election (or the term on record) names: position, name, workplace. */
function LeadersField({ required }: { required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="leaders" initialValue={required ? [{}] : []}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{t('society.leaders')}</Typography.Text>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              <Form.Item name={[field.name, 'position']} label={t('register.terms.position')} rules={[{ required: true }, { max: 40 }]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} label={t('account.name')} rules={[{ required: true }, { max: 40 }]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'workplace']} label={t('register.terms.workplace')} rules={[{ max: 100 }]}>
                <Input />
              </Form.Item>
              <Button onClick={() => remove(field.name)} aria-label={t('register.remove')}>
                {t('register.remove')}
              </Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({})}>
            {t('register.terms.addLeader')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** A society's terms (换届) with the steps open now: the term on record, the plan, a postponement and its decision, the result. */
export function Terms({ societyId, closed }: { societyId: string; closed: boolean }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const refresh = useRefresh();
  const admin = session.roles.includes('ADMIN');
  const edits = !closed && (admin || session.societyId === societyId);
  const path = { params: { path: { id: societyId } } };
  const { data, error, isFetching } = useQuery({
    queryKey: ['terms', societyId],
    queryFn: () => call(society.GET('/api/societies/{id}/terms', path)),
  });
  const current = (data ?? []).find((term) => term.status === 'CURRENT');
  const done = () => refresh('terms', 'audit', 'society', 'terms-due');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={error} />
      {edits && (
        <Space wrap>
          {!current && !isFetching && (
            <ActionForm<CurrentTerm> type="primary" label={t('register.terms.record')} name={`term-${societyId}`} done={done}
              run={(body) => call(society.POST('/api/societies/{id}/terms', { ...path, body }))}>
              <Form.Item name="startedOn" label={t('term.startedOn')} rules={[{ required: true }]}>
                <Input {...DATE} />
              </Form.Item>
              <LeadersField />
            </ActionForm>
          )}
          {current && (
            <>
              <ActionForm<Plan> label={t('register.terms.plan')} name={`term-plan-${societyId}`} done={done}
                initialValues={{ plannedElectionOn: current.plannedElectionOn, notes: current.planNotes }}
                run={(body) => call(society.POST('/api/societies/{id}/terms/current/plan', { ...path, body }))}>
                <Form.Item name="plannedElectionOn" label={t('term.plannedElectionOn')} rules={[{ required: true }]}>
                  <Input {...DATE} />
                </Form.Item>
                <Form.Item name="notes" label={t('register.terms.notes')} rules={[{ max: 2000 }]}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              </ActionForm>
              {current.postponementStatus !== 'REQUESTED' && (
                <ActionForm<Postponement> label={t('register.terms.postpone')} name={`term-postpone-${societyId}`} done={done}
                  run={(body) => call(society.POST('/api/societies/{id}/terms/current/postponement', { ...path, body }))}>
                  <Form.Item name="until" label={t('term.postponedUntil')} rules={[{ required: true }]}>
                    <Input {...DATE} />
                  </Form.Item>
                  <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                </ActionForm>
              )}
              {admin && current.postponementStatus === 'REQUESTED' && (
                <ActionForm<Decision> type="primary" label={t('register.terms.decide')} name={`term-decide-${societyId}`} done={done}
                  initialValues={{ approved: true }}
                  run={(body) => call(society.POST('/api/societies/{id}/terms/current/postponement/approval', { ...path, body }))}>
                  <Typography.Paragraph>
                    {t('register.terms.requested', { until: day(current.postponementRequestedUntil), reason: current.postponementReason })}
                  </Typography.Paragraph>
                  <Form.Item name="approved" label={t('register.terms.decide')}>
                    <Radio.Group options={[{ value: true, label: t('register.approve') }, { value: false, label: t('register.refuse') }]} />
                  </Form.Item>
                  <Form.Item name="comment" label={t('common.comments')} rules={[{ max: 500 }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                </ActionForm>
              )}
              <ActionForm<Result> label={t('register.terms.result')} name={`term-result-${societyId}`} done={done}
                run={(body) => call(society.POST('/api/societies/{id}/terms/current/result', { ...path, body }))}>
                <Form.Item name="electedOn" label={t('register.terms.electedOn')} rules={[{ required: true }]}>
                  <Input {...DATE} />
                </Form.Item>
                <LeadersField required />
              </ActionForm>
            </>
          )}
        </Space>
      )}
      <Scrollable label={t('society.terms')}>
        <Table<Term>
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data}
          pagination={false}
          scroll={scrollWhenRows(data, 800)}
          columns={[
            { title: t('term.number'), dataIndex: 'number' },
            { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
            { title: t('term.startedOn'), dataIndex: 'startedOn', render: day },
            { title: t('term.endsOn'), dataIndex: 'effectiveEnd', render: day },
            { title: t('term.planDueOn'), dataIndex: 'planDueOn', render: day },
            { title: t('term.plannedElectionOn'), dataIndex: 'plannedElectionOn', render: day },
            { title: t('register.terms.postponement'), dataIndex: 'postponementStatus', render: (v, term) => <>{v && <StatusTag value={v} />} {day(term.postponedUntil ?? term.postponementRequestedUntil)}</> },
            { title: t('term.renewedOn'), dataIndex: 'renewedOn', render: day },
          ]}
        />
      </Scrollable>
    </Space>
  );
}

function DueTable({ kind }: { kind: 'overdue' | 'due' }) {
  const { t } = useTranslation();
  const list = useListParams({ size: 20 });
  const within = list.filters.within ?? 'P6M';
  const { data, error, isFetching } = useQuery({
    queryKey: ['terms-due', kind, within, list.query],
    queryFn: () =>
      kind === 'overdue'
        ? call(society.GET('/api/societies/terms/overdue', { params: { query: { page: list.query } } }))
        : call(society.GET('/api/societies/terms/due', { params: { query: { within, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {kind === 'due' && (
        <Form layout="inline" initialValues={{ within }} onValuesChange={(_, values) => list.setFilters({ ...list.filters, ...values })}>
          <Form.Item name="within" label={t('register.terms.within')}>
            <Select style={{ minWidth: 120 }} options={['P3M', 'P6M', 'P1Y'].map((v) => ({ value: v, label: t(`register.terms.${v}`) }))} />
          </Form.Item>
        </Form>
      )}
      <ProblemAlert error={error} />
      <Table<Due>
        rowKey={(row) => `${row.societyId}-${row.termNumber}`}
        size="middle"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 800 }}
        columns={[
          { title: t('inspection.society'), dataIndex: 'societyName', render: (name, row) => <Link to={`/societies/${row.societyId}?tab=terms`}>{name}</Link> },
          { title: t('term.number'), dataIndex: 'termNumber' },
          { title: t('term.endsOn'), dataIndex: 'effectiveEnd', render: day },
          ...(kind === 'overdue' ? [{ title: t('register.terms.daysOverdue'), dataIndex: 'daysOverdue' }] : []),
          { title: t('term.planDueOn'), dataIndex: 'planDueOn', render: day },
          { title: t('register.terms.planSubmittedOn'), dataIndex: 'planSubmittedOn', render: day },
          { title: t('register.terms.postponement'), dataIndex: 'postponementStatus', render: (v) => <StatusTag value={v} /> },
        ]}
      />
    </Space>
  );
}

/** ADMIN's terms to chase: overdue re-elections, and terms ending soon with or without their plan. */
export function TermsDue() {
  const { t } = useTranslation();
  const list = useListParams();
  const tab = list.filters.tab ?? 'overdue';
  return (
    <Card variant="borderless" styles={{ body: { padding: 0 } }}>
      <Typography.Title level={2}>{t('register.nav.terms')}</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(next) => list.setFilters({ tab: next })}
        items={[
          { key: 'overdue', label: t('register.terms.overdue'), children: tab === 'overdue' && <DueTable kind="overdue" /> },
          { key: 'due', label: t('register.terms.due'), children: tab === 'due' && <DueTable kind="due" /> },
        ]}
      />
    </Card>
  );
}
