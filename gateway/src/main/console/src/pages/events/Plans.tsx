import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, events } from '../../api/client';
import type { components } from '../../api/schema/event';
import { ProblemError } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { shanghai, useListParams, scrollWhenRows } from '../../components/lists';
import { EVENT_KINDS, SocietySelect, shanghaiYear } from './shared';

type Plan = components['schemas']['PlanView'];
type NewLine = components['schemas']['NewLine'];
type NewRating = components['schemas']['NewRating'];

/**
 * The year's event plans (年度活动计划): a secretariat files and changes its own lines until the
 * association's deadline, ADMIN sees every society's (and may add a late line), reviewers rate each
 * line's importance (never one of their own society's: 回避), ADMIN brands a line as an academic-hall session.
 */
export function Plans() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const reviewer = hasAny(session, ['REVIEWER']);
  const secretary = hasAny(session, ['SOCIETY_SECRETARY']);
  const list = useListParams();
  const year = Number(list.filters.year ?? shanghaiYear());
  const sort = list.filters.order === 'importance' ? 'importance' : 'month';
  const societyId = admin ? list.filters.societyId : undefined;
  const [editing, setEditing] = useState<Plan | 'new'>();
  const [rating, setRating] = useState<Plan>();
  const plans = useQuery({
    queryKey: ['plans', year, sort, societyId],
    queryFn: () => call(events.GET('/api/events/plans', { params: { query: { year, sort, societyId } } })),
  });
  const sessions = useQuery({
    queryKey: ['academic-hall', year],
    queryFn: () => call(events.GET('/api/events/public/academic-hall', { params: { query: { year } } })),
  });
  const branded = new Map((sessions.data ?? []).map((s) => [s.plannedEventId, s.label]));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t('nav.plans')}</Typography.Title>
        {(admin || secretary) && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('events.plan.add')}
          </Button>
        )}
      </Space>
      <Form layout="inline" initialValues={{ year, order: sort, societyId }} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        {admin && (
          <Form.Item name="societyId" label={t('event.organiser')}>
            <SocietySelect aria-label={t('event.organiser')} />
          </Form.Item>
        )}
        <Form.Item name="order" label={t('events.plan.order')}>
          <Select
            style={{ minWidth: 120 }}
            options={[
              { value: 'month', label: t('event.plannedMonth') },
              { value: 'importance', label: t('event.importance') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <PlanDeadline year={year} admin={admin} />
      <ProblemAlert error={plans.error} />
      <Table<Plan>
        rowKey="id"
        loading={plans.isFetching}
        dataSource={plans.data}
        pagination={{ showTotal: (count) => t('common.total', { count }), showSizeChanger: true }}
        scroll={scrollWhenRows(plans.data, 960)}
        expandable={
          admin
            ? {
                rowExpandable: (p) => (p.ratings ?? []).length > 0,
                expandedRowRender: (p) => (
                  <ul style={{ margin: 0 }}>
                    {(p.ratings ?? []).map((r) => (
                      <li key={r.expertId}>
                        {r.reviewer}：{'★'.repeat(r.importance ?? 0)} {r.comment} <small>{shanghai(r.ratedAt)}</small>
                      </li>
                    ))}
                  </ul>
                ),
              }
            : undefined
        }
        columns={[
          { title: t('event.plannedMonth'), dataIndex: 'plannedMonth', render: (m) => t('events.plan.month', { month: m }) },
          { title: t('event.title'), dataIndex: 'title' },
          { title: t('event.organiser'), dataIndex: 'societyName' },
          { title: t('event.kind'), dataIndex: 'kindLabel' },
          { title: t('event.expectedAttendance'), dataIndex: 'expectedAttendance' },
          { title: t('events.plan.partners'), dataIndex: 'partners', ellipsis: true },
          { title: t('event.session'), key: 'session', render: (_, p) => branded.get(p.id) },
          {
            title: t('event.importance'),
            key: 'importance',
            render: (_, p) =>
              admin
                ? p.averageImportance
                  ? t('events.plan.average', { average: Number(p.averageImportance).toFixed(1), count: p.ratingCount ?? 0 })
                  : t('events.plan.unrated')
                : reviewer
                  ? p.recused
                    ? <Tag>{t('events.plan.recused')}</Tag>
                    : p.ownRating
                      ? '★'.repeat(p.ownRating.importance ?? 0)
                      : t('events.plan.unrated')
                  : null,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, p) => (
              <Space wrap>
                {(admin || (secretary && p.societyId === session.societyId)) && (
                  <Button size="small" onClick={() => setEditing(p)}>
                    {t('events.plan.edit')}
                  </Button>
                )}
                {reviewer && !p.recused && (
                  <Button size="small" onClick={() => setRating(p)} aria-label={`${t('events.plan.rate')}: ${p.title ?? ''}`}>
                    {t('events.plan.rate')}
                  </Button>
                )}
                {admin && !branded.has(p.id) && <Brand plan={p} />}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== undefined}
        title={editing === 'new' ? t('events.plan.add') : t('events.plan.edit')}
        footer={null}
        onCancel={() => setEditing(undefined)}
        destroyOnHidden
      >
        {editing !== undefined && (
          <PlanForm year={year} plan={editing === 'new' ? undefined : editing} admin={admin} onSaved={() => setEditing(undefined)} />
        )}
      </Modal>
      <Modal open={rating !== undefined} title={`${t('events.plan.rate')}：${rating?.title ?? ''}`} footer={null} onCancel={() => setRating(undefined)} destroyOnHidden>
        {rating && <RatingForm plan={rating} onSaved={() => setRating(undefined)} />}
      </Modal>
    </Space>
  );
}

/** The year's planning deadline; ADMIN sets it (inclusive, on the association's calendar). */
function PlanDeadline({ year, admin }: { year: number; admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<{ dueOn: string }>();
  const deadline = useQuery({
    queryKey: ['plan-deadline', year],
    queryFn: () =>
      call(events.GET('/api/events/plans/{year}/deadline', { params: { path: { year } } })).catch((e) => {
        // no deadline yet: planning for the year is not open
        if (e instanceof ProblemError && e.status === 404) return null;
        throw e;
      }),
  });
  const dueOn = deadline.data?.dueOn;
  return (
    <Card size="small" title={t('events.plan.deadline', { year })}>
      <ProblemAlert error={deadline.error} />
      <Typography.Paragraph data-testid="plan-deadline" style={{ marginBottom: admin ? 12 : 0 }}>
        {deadline.isLoading ? t('common.loading') : dueOn ? t('events.plan.dueOn', { dueOn }) : t('events.plan.notOpen')}
      </Typography.Paragraph>
      {/* mounted once the year's deadline is known, so that it starts from it */}
      {admin && !deadline.isLoading && (
        <ProblemForm<{ dueOn: string }>
          form={form}
          name={`plan-deadline-${year}`}
          layout="inline"
          initialValues={{ dueOn: dueOn ?? undefined }}
          key={year}
          onSubmit={async ({ dueOn: next }) => {
            await call(events.PUT('/api/events/plans/{year}/deadline', { params: { path: { year } }, body: { dueOn: next } }));
            message.success(t('common.saved'));
            await queries.invalidateQueries({ queryKey: ['plan-deadline', year] });
          }}
        >
          <Form.Item name="dueOn" label={t('events.plan.setDeadline')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Button htmlType="submit">{t('common.save')}</Button>
        </ProblemForm>
      )}
    </Card>
  );
}

/** A line of the plan: new (POST to the year) or changed (PUT). A secretary's society is the one in its token. */
export function PlanForm({ year, plan, admin, onSaved }: { year: number; plan?: Plan; admin: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<NewLine>();
  const initial: Partial<NewLine> = plan
    ? { societyId: plan.societyId, title: plan.title, kind: plan.kind, plannedMonth: plan.plannedMonth, expectedAttendance: plan.expectedAttendance, partners: plan.partners }
    : {};
  return (
    <ProblemForm<NewLine>
      form={form}
      name="plan-line"
      draftKey={`plan-line:${plan?.id ?? `new:${year}`}`}
      initialValues={initial}
      onSubmit={async (values) => {
        const body = { ...values, societyId: admin ? values.societyId : undefined };
        if (plan) await call(events.PUT('/api/events/plans/events/{id}', { params: { path: { id: plan.id! } }, body }));
        else await call(events.POST('/api/events/plans/{year}/events', { params: { path: { year } }, body }));
        message.success(t(plan ? 'common.saved' : 'events.plan.filed'));
        await queries.invalidateQueries({ queryKey: ['plans'] });
        onSaved();
      }}
    >
      {admin && !plan && (
        <Form.Item name="societyId" label={t('event.organiser')} rules={[{ required: true }]}>
          <SocietySelect />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('event.title')} rules={[{ required: true }, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('event.kind')} rules={[{ required: true }]}>
        <Select options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.eventKind.${k}`) }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="plannedMonth" label={t('event.plannedMonth')} rules={[{ required: true }]}>
          <InputNumber min={1} max={12} />
        </Form.Item>
        <Form.Item name="expectedAttendance" label={t('event.expectedAttendance')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1_000_000} />
        </Form.Item>
      </Space>
      <Form.Item name="partners" label={t('events.plan.partners')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('common.submit')}
      </Button>
    </ProblemForm>
  );
}

/** A reviewer's importance rating (1–5) of a plan line, with a comment. */
function RatingForm({ plan, onSaved }: { plan: Plan; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<NewRating>();
  return (
    <ProblemForm<NewRating>
      form={form}
      name="plan-rating"
      draftKey={`plan-rating:${plan.id}`}
      initialValues={{ importance: plan.ownRating?.importance, comment: plan.ownRating?.comment }}
      onSubmit={async (body) => {
        await call(events.PUT('/api/events/plans/events/{id}/rating', { params: { path: { id: plan.id! } }, body }));
        message.success(t('events.plan.rated'));
        await queries.invalidateQueries({ queryKey: ['plans'] });
        onSaved();
      }}
    >
      {/* radio buttons rather than stars: each choice has a name a screen reader can say, and arrow keys move between them */}
      <Form.Item name="importance" label={t('event.importance')} extra={t('events.plan.scale')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('events.plan.comment')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('common.submit')}
      </Button>
    </ProblemForm>
  );
}

/** ADMIN brands a plan line as the year's next academic-hall session (城市科协学术会堂第N期). */
function Brand({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>();
  return (
    <Space orientation="vertical">
      <Button
        size="small"
        onClick={async () => {
          setError(undefined);
          try {
            const session = await call(events.POST('/api/events/academic-hall/sessions', { body: { plannedEventId: plan.id! } }));
            message.success(t('events.plan.branded', { label: session.label }));
            await queries.invalidateQueries({ queryKey: ['academic-hall'] });
          } catch (e) {
            setError(e);
          }
        }}
      >
        {t('events.plan.brand')}
      </Button>
      <ProblemAlert error={error} />
    </Space>
  );
}
