import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { call, experts } from '../../api/client';
import { ProblemError, type FieldProblem } from '../../api/problem';
import type { components } from '../../api/schema/expert';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { LinkButton } from '../funding/fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { shanghai, useListParams } from '../../components/lists';
import { StepButton, StepForm } from '../funding/steps';
import { ExpertDescriptions, PoolStatus } from './Expert';
import { ProfileFields, SocietySelect, type Profile } from './ProfileForm';

type NewNomination = components['schemas']['NewNomination'];
type Nomination = components['schemas']['PoolNominationView'];
const STATUSES = ['PENDING', 'ADMITTED', 'REJECTED', 'WITHDRAWN'] as const;

export function usePools() {
  const pools = useQuery({ queryKey: ['pools'], queryFn: () => call(experts.GET('/api/experts/pools', {})) });
  return { ...pools, options: Object.entries(pools.data ?? {}).map(([code, rule]) => ({ value: code, label: rule.name ?? code })) };
}

/** Nominations to a pool (入库推荐): the societies nominate, the committee votes, ADMIN decides under the pool's rules. */
export function PoolNominations() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const list = useListParams();
  const pools = usePools();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const status = list.filters.status as Nomination['status'];
  const nominations = useQuery({
    queryKey: ['pool-nominations', list.filters],
    queryFn: () => call(experts.GET('/api/experts/nominations', { params: { query: { status, pool: list.filters.pool } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.poolNominations')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="pool" label={t('expert.pool')}>
          <Select allowClear style={{ minWidth: 160 }} options={pools.options} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={STATUSES.map((v) => ({ value: v, label: t(`pools.status.${v}`) }))} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          {hasAny(session, ['ADMIN', 'SOCIETY_SECRETARY']) && (
            <LinkButton to="/experts/nominations/new">{t('pools.nominate')}</LinkButton>
          )}
        </Space>
      </Form>
      <ProblemAlert error={nominations.error ?? pools.error} />
      <Table
        rowKey="id"
        loading={nominations.isFetching}
        dataSource={nominations.data}
        scroll={{ x: 800 }}
        columns={[
          { title: t('expert.name'), key: 'name', render: (_, n) => <Link to={`/experts/nominations/${n.id}`}>{n.expert?.name}</Link>, sorter: (a, b) => (a.expert?.name ?? '').localeCompare(b.expert?.name ?? '', 'zh-CN') },
          { title: t('expert.employer'), key: 'employer', render: (_, n) => n.expert?.employer },
          { title: t('expert.pool'), dataIndex: 'poolName' },
          { title: t('funding.society'), dataIndex: 'societyName' },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <PoolStatus value={v} /> },
          { title: t('pools.votes'), key: 'votes', render: (_, n) => `${n.approvals ?? 0} / ${n.rejections ?? 0}` },
          { title: t('pools.nominatedAt'), dataIndex: 'nominatedAt', render: (v) => shanghai(v), sorter: (a, b) => (a.nominatedAt ?? '').localeCompare(b.nominatedAt ?? '') },
        ]}
      />
    </Space>
  );
}

type NominationValues = { pool: string; societyId?: string; note?: string; who: 'new' | 'known'; expertId?: string; expert?: Profile };

/** A secretary nominates a new expert (or one on file) from its society to a pool; ADMIN may nominate for any society. */
export function NominateToPool() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const pools = usePools();
  const [form] = Form.useForm<NominationValues>();
  const who = Form.useWatch('who', form);
  const [q, setQ] = useState('');
  const known = useQuery({
    queryKey: ['experts', 'pick', q],
    enabled: who === 'known',
    queryFn: () => call(experts.GET('/api/experts', { params: { query: { filter: { q: q || undefined }, page: { size: 20 } } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('pools.nominate')}</Typography.Title>
      <ProblemAlert error={pools.error} />
      <Card size="small">
        <ProblemForm<NominationValues>
          form={form}
          name="pool-nomination"
          draftKey="pool-nomination:new"
          initialValues={{ who: 'new', societyId: session.societyId }}
          onSubmit={async ({ who: kind, expertId, expert, ...rest }) => {
            const body: NewNomination = { ...rest, societyId: rest.societyId ?? session.societyId, ...(kind === 'known' ? { expertId } : { expert }) };
            const saved = await call(experts.POST('/api/experts/nominations', { body }));
            message.success(t('pools.nominated'));
            await queries.invalidateQueries({ queryKey: ['pool-nominations'] });
            navigate(`/experts/nominations/${saved.id}`);
          }}
        >
          <Space wrap>
            <Form.Item name="pool" label={t('expert.pool')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 180 }} options={pools.options} />
            </Form.Item>
            {admin && (
              <Form.Item name="societyId" label={t('funding.society')} rules={[{ required: true }]}>
                <SocietySelect />
              </Form.Item>
            )}
          </Space>
          <Form.Item name="who" label={t('pools.candidate')}>
            <Radio.Group options={[{ value: 'new', label: t('pools.newExpert') }, { value: 'known', label: t('pools.knownExpert') }]} />
          </Form.Item>
          {who === 'known' ? (
            <Form.Item name="expertId" label={t('expert.name')} rules={[{ required: true }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setQ }}
                options={(known.data?.content ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.employer}）` }))}
              />
            </Form.Item>
          ) : (
            <ProfileFields admin={false} prefix={['expert']} />
          )}
          <Form.Item name="note" label={t('pools.note')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('pools.nominate')}
          </Button>
        </ProblemForm>
      </Card>
    </Space>
  );
}

/** One pool nomination: the candidate, the committee's votes, a reviewer's vote, ADMIN's decision, withdrawal. */
export function PoolNominationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const reviewer = hasAny(session, ['REVIEWER']);
  const path = { params: { path: { id } } };
  const nomination = useQuery({ queryKey: ['pool-nomination', id], queryFn: () => call(experts.GET('/api/experts/nominations/{id}', path)) });
  const n = nomination.data;
  const refresh = () => void nomination.refetch();
  const pending = n?.status === 'PENDING';
  const voted = (n?.votes ?? []).some((v) => v.reviewerId === session.expertId);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {n?.expert?.name ?? '…'} · {n?.poolName} {n && <PoolStatus value={n.status} />}
      </Typography.Title>
      <ProblemAlert error={nomination.error} />
      {n && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('funding.society')}>{n.societyName}</Descriptions.Item>
            <Descriptions.Item label={t('pools.nominatedAt')}>{shanghai(n.nominatedAt)} {n.nominatedBy}</Descriptions.Item>
            <Descriptions.Item label={t('pools.note')} span={2}>{n.note}</Descriptions.Item>
            {n.decidedAt && <Descriptions.Item label={t('pools.decidedAt')}>{shanghai(n.decidedAt)} {n.decidedBy}</Descriptions.Item>}
            {n.decisionReason && <Descriptions.Item label={t('grants.reason')}>{n.decisionReason}</Descriptions.Item>}
          </Descriptions>
          {n.expert && <ExpertDescriptions expert={n.expert} />}
          {(n.admissionProblems ?? []).length > 0 && (
            <ProblemAlert error={new ProblemError(0, t('pools.admissionProblems'), undefined, n.admissionProblems as FieldProblem[])} />
          )}
          <Card size="small" title={t('pools.steps')}>
            <Space wrap align="start">
              {pending && reviewer && !voted && (
                <StepForm<{ approve: boolean; comment?: string }> type="primary" label={t('pools.vote')} name="vote" initialValues={{ approve: true }} done={refresh}
                  submit={(body) => call(experts.POST('/api/experts/nominations/{id}/votes', { ...path, body }))}>
                  <Form.Item name="approve" label={t('pools.vote')}>
                    <Radio.Group options={[{ value: true, label: t('pools.approve') }, { value: false, label: t('pools.disapprove') }]} />
                  </Form.Item>
                  <Form.Item name="comment" label={t('common.comments')} rules={[{ max: 1000 }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                </StepForm>
              )}
              {pending && admin && (
                <StepForm<{ admit: boolean; reason?: string }> type="primary" label={t('pools.decide')} name="pool-decision" initialValues={{ admit: true }} done={refresh}
                  submit={(body) => call(experts.POST('/api/experts/nominations/{id}/decision', { ...path, body }))}>
                  <Form.Item name="admit" label={t('pools.decide')}>
                    <Radio.Group options={[{ value: true, label: t('pools.admit') }, { value: false, label: t('pools.notAdmit') }]} />
                  </Form.Item>
                  <Form.Item name="reason" label={t('grants.reason')} rules={[{ max: 1000 }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                </StepForm>
              )}
              {pending && hasAny(session, ['ADMIN', 'SOCIETY_SECRETARY']) && (
                <StepButton label={t('pools.withdraw')} confirm={t('pools.withdrawConfirm')} done={refresh}
                  run={() => call(experts.POST('/api/experts/nominations/{id}/withdrawal', path))} />
              )}
              {!pending && <Typography.Text type="secondary">{t('grants.noSteps')}</Typography.Text>}
            </Space>
          </Card>
          <Card size="small" title={t('pools.votes')}>
            <Table
              rowKey="reviewerId"
              size="small"
              pagination={false}
              dataSource={n.votes}
              columns={[
                { title: t('expert.name'), dataIndex: 'reviewerName' },
                { title: t('pools.vote'), dataIndex: 'approve', render: (v) => (v ? t('pools.approve') : t('pools.disapprove')) },
                { title: t('common.comments'), dataIndex: 'comment' },
                { title: t('common.time'), dataIndex: 'votedAt', render: (v) => shanghai(v) },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
