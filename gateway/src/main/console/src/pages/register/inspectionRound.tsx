import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, download, society } from '../../api/client';
import type { components } from '../../api/schema/society';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag, day, shanghai, useListParams } from '../../components/lists';
import { ActionButton, ActionForm, DATE, useRefresh } from './actions';

type Schedule = components['schemas']['Schedule'];
type Round = components['schemas']['Round'];
type Check = components['schemas']['DeadlineCheck'];
type Case = components['schemas']['CaseView'];
type Decision = components['schemas']['Decision'];
type Dismissal = components['schemas']['Dismissal'];

/** A year's round as ADMIN runs it: its dates (defaults or ADMIN's), opening it, the nightly deadline check run now. */
export function RoundSchedule({ year }: { year: number }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [said, setSaid] = useState<string>();
  const path = { params: { path: { year } } };
  const schedule = useQuery({
    queryKey: ['inspection-schedule', year],
    queryFn: () => call(society.GET('/api/societies/inspections/rounds/{year}/schedule', path)),
  });
  const s = schedule.data;
  return (
    <Card size="small" title={t('register.inspections.schedule', { year })}>
      <ProblemAlert error={schedule.error} />
      {s && (
        <Descriptions size="small" column={{ xs: 1, md: 4 }} data-testid="round-schedule">
          <Descriptions.Item label={t('register.inspections.opensOn')}>{day(s.opensOn)}</Descriptions.Item>
          <Descriptions.Item label={t('inspection.reportDue')}>{day(s.reportDue)}</Descriptions.Item>
          <Descriptions.Item label={t('inspection.forwardDue')}>{day(s.forwardDue)}</Descriptions.Item>
          <Descriptions.Item label={t('register.inspections.custom')}>{s.custom ? `${t('common.yes')}：${s.reason ?? ''}` : t('common.no')}</Descriptions.Item>
        </Descriptions>
      )}
      <Space wrap align="start">
        {s && (
          <ActionForm<Schedule> label={t('register.inspections.setSchedule')} name={`schedule-${year}`}
            initialValues={{ opensOn: s.opensOn, reportDue: s.reportDue, forwardDue: s.forwardDue }}
            done={() => refresh('inspection-schedule', 'inspections')}
            run={(body) => call(society.PUT('/api/societies/inspections/rounds/{year}/schedule', { ...path, body }))}>
            <Typography.Paragraph type="secondary">{t('register.inspections.scheduleHint')}</Typography.Paragraph>
            <Space wrap>
              <Form.Item name="opensOn" label={t('register.inspections.opensOn')}>
                <Input {...DATE} />
              </Form.Item>
              <Form.Item name="reportDue" label={t('inspection.reportDue')} rules={[{ required: true }]}>
                <Input {...DATE} />
              </Form.Item>
              <Form.Item name="forwardDue" label={t('inspection.forwardDue')}>
                <Input {...DATE} />
              </Form.Item>
            </Space>
            <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </ActionForm>
        )}
        <ActionButton label={t('register.inspections.open', { year })} confirm={t('register.inspections.openConfirm')}
          run={() => call(society.POST('/api/societies/inspections/rounds/{year}', path))}
          done={(r) => {
            const round = r as Round;
            setSaid(t('register.inspections.opened', { opened: round.opened, exempt: round.exempt, already: round.alreadyOpen }));
            refresh('inspections');
          }} />
        <ActionButton label={t('register.inspections.deadlineCheck')}
          run={() => call(society.POST('/api/societies/inspections/deadline-check', {}))}
          done={(r) => {
            const check = r as Check;
            setSaid(t('register.inspections.checked', { marked: check.marked, late: check.forwardingLate }));
            refresh('inspections', 'forwarding-late');
          }} />
        {said && <Typography.Text role="status">{said}</Typography.Text>}
      </Space>
    </Card>
  );
}

/** Reports the association still held after the forwarding deadline, newest year first. */
export function ForwardingLate() {
  const { t } = useTranslation();
  const list = useListParams({ size: 20 });
  const year = list.filters.lateYear ? Number(list.filters.lateYear) : undefined;
  const { data, error, isFetching } = useQuery({
    queryKey: ['forwarding-late', year, list.query],
    queryFn: () => call(society.GET('/api/societies/inspections/forwarding-late', { params: { query: { year, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form layout="inline" initialValues={{ lateYear: year }} onFinish={(v) => list.setFilters({ ...list.filters, ...v })}>
        <Form.Item name="lateYear" label={t('inspection.year')}>
          <InputNumber min={2000} max={2200} />
        </Form.Item>
        <Button htmlType="submit">{t('common.search')}</Button>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey={(r) => `${r.societyId}-${r.year}`}
        size="small"
        loading={isFetching}
        dataSource={data?.content}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 600 }}
        columns={[
          { title: t('inspection.society'), dataIndex: 'societyName', render: (name, r) => <Link to={`/societies/${r.societyId}?tab=inspections`}>{name}</Link> },
          { title: t('inspection.year'), dataIndex: 'year' },
          { title: t('inspection.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('register.inspections.lateOn'), dataIndex: 'forwardingLateOn', render: day },
        ]}
      />
    </Space>
  );
}

/** ADMIN's steps on a drafted disqualification letter: confirm (the society is disqualified) or dismiss. */
export function CaseActions({ item }: { item: Case }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const done = () => refresh('standing-cases', 'society', 'audit');
  const path = { params: { path: { id: item.id! } } };
  return (
    <Space wrap align="start">
      <ActionButton size="small" label={t('standing.letter')} run={() => download(`/api/societies/standing/cases/${item.id}/letter.pdf`)} />
      {item.status === 'DRAFTED' && (
        <>
          <ActionForm<Decision> size="small" danger label={t('register.standing.confirm')} name={`case-confirm-${item.id}`} done={done}
            run={(body) => call(society.POST('/api/societies/standing/cases/{id}/confirmation', { ...path, body }))}>
            <Typography.Paragraph>{t('register.standing.confirmHint', { society: item.societyName })}</Typography.Paragraph>
            <Form.Item name="note" label={t('common.comments')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </ActionForm>
          <ActionForm<Dismissal> size="small" label={t('register.standing.dismiss')} name={`case-dismiss-${item.id}`} done={done}
            run={(body) => call(society.POST('/api/societies/standing/cases/{id}/dismissal', { ...path, body }))}>
            <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 1000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </ActionForm>
        </>
      )}
    </Space>
  );
}

const CASE_STATUSES = ['DRAFTED', 'CONFIRMED', 'DISMISSED'] as const;

/** The standing cases ("can go up, can go down", 能上能下): drafted letters to decide, decided ones to look up. */
export function StandingCases({ societyId }: { societyId?: string }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [status, setStatus] = useState<(typeof CASE_STATUSES)[number] | undefined>(societyId ? undefined : 'DRAFTED');
  const cases = useQuery({
    queryKey: ['standing-cases', status],
    queryFn: () => call(society.GET('/api/societies/standing/cases', { params: { query: { status } } })),
  });
  const rows = (cases.data ?? []).filter((c) => !societyId || c.societyId === societyId);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap align="start">
        <Select aria-label={t('common.status')} allowClear placeholder={t('common.all')} style={{ minWidth: 140 }} value={status} onChange={setStatus}
          options={CASE_STATUSES.map((v) => ({ value: v, label: t(`register.standing.${v}`) }))} />
        {!societyId && (
          <ActionButton label={t('register.standing.evaluate')} done={() => refresh('standing-cases')}
            run={() => call(society.POST('/api/societies/standing/evaluations', {}))} />
        )}
      </Space>
      <ProblemAlert error={cases.error} />
      <Table<Case>
        rowKey="id"
        size="small"
        loading={cases.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 800 }}
        columns={[
          ...(societyId ? [] : [{ title: t('inspection.society'), dataIndex: 'societyName', render: (name: string, c: Case) => <Link to={`/societies/${c.societyId}?tab=standing`}>{name}</Link> }]),
          { title: t('standing.drafted'), dataIndex: 'draftedOn', render: day },
          { title: t('common.status'), dataIndex: 'status', render: (v) => t(`register.standing.${v}`) },
          { title: t('standing.grounds'), dataIndex: 'grounds' },
          { title: t('register.standing.decided'), dataIndex: 'decidedAt', render: (v, c) => `${shanghai(v)} ${c.decidedBy ?? ''} ${c.decisionNote ?? ''}` },
          { title: t('common.actions'), key: 'actions', render: (_, c) => <CaseActions item={c} /> },
        ]}
      />
    </Space>
  );
}
