import { useQuery } from '@tanstack/react-query';
import { App, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Table, Typography, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { call, experts } from '../../api/client';
import type { components } from '../../api/schema/expert';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { StatusTag, shanghai, useEnumLabel } from '../../components/lists';
import { readDraft } from '../../drafts';
import { StepButton, StepForm } from '../funding/steps';
import { DECIDED_STAGES } from './options';

type Nomination = components['schemas']['NominationView'];
type Programme = components['schemas']['ProgrammeView'];
type Scores = components['schemas']['Scores'];

/** One award nomination: outcomes per stage, reviewers, the reviewer's blind scores with recusal, withdrawal. */
export function AwardNominationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const reviewer = hasAny(session, ['REVIEWER']);
  const path = { params: { path: { id } } };
  const nomination = useQuery({ queryKey: ['award-nomination', id], queryFn: () => call(experts.GET('/api/awards/nominations/{id}', path)) });
  const n = nomination.data;
  const programme = useQuery({
    queryKey: ['programme', n?.programmeId],
    enabled: Boolean(n?.programmeId),
    queryFn: () => call(experts.GET('/api/awards/programmes/{id}', { params: { path: { id: n?.programmeId ?? '' } } })),
  });
  const reviews = useQuery({
    queryKey: ['award-reviews', id],
    enabled: admin || reviewer,
    queryFn: () => call(experts.GET('/api/awards/nominations/{id}/reviews', path)),
  });
  const refresh = () => {
    void nomination.refetch();
    void reviews.refetch();
  };
  const p = programme.data;
  const assignedToMe = (n?.reviewers ?? []).some((r) => r.id === session.expertId);
  const inProgress = n?.status === 'IN_PROGRESS';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {n?.candidateName ?? '…'} {n && <StatusTag value={n.status} />}
      </Typography.Title>
      <ProblemAlert error={nomination.error ?? programme.error} />
      {n && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('expert.programme')}>
              <Link to={`/awards/${n.programmeId}`}>{n.programmeName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('expert.stage')}>{n.stageLabel}</Descriptions.Item>
            <Descriptions.Item label={t('funding.society')}>{n.societyName}</Descriptions.Item>
            <Descriptions.Item label={t('pools.category')}>{n.categoryLabel}</Descriptions.Item>
            <Descriptions.Item label={t('expert.employer')}>{n.candidateEmployer}</Descriptions.Item>
            <Descriptions.Item label={t('expert.title')}>{n.candidateTitle}</Descriptions.Item>
            <Descriptions.Item label={t('awards.workTitle')} span={2}>{n.workTitle}</Descriptions.Item>
            <Descriptions.Item label={t('awards.summary')} span={2}>{n.summary}</Descriptions.Item>
            <Descriptions.Item label={t('awards.awardClass')}>{n.awardClassName}</Descriptions.Item>
            <Descriptions.Item label={t('pools.nominatedAt')}>{shanghai(n.nominatedAt)} {n.nominatedBy}</Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('grants.steps')}>
            <Space wrap align="start">
              {admin && inProgress && DECIDED_STAGES.includes(n.stage as never) && p && <OutcomeStep nomination={n} programme={p} done={refresh} />}
              {reviewer && assignedToMe && (
                <StepForm<{ reason: string }> label={t('grants.declareConflict')} name="award-conflict" done={refresh}
                  submit={(body) => call(experts.POST('/api/awards/nominations/{id}/conflicts', { ...path, body }))}>
                  <Typography.Paragraph type="secondary">{t('awards.declareHint')}</Typography.Paragraph>
                  <Form.Item name="reason" label={t('grants.reason')} rules={[{ required: true, max: 500 }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                </StepForm>
              )}
              {inProgress && hasAny(session, ['ADMIN', 'SOCIETY_SECRETARY']) && (
                <StepButton label={t('pools.withdraw')} confirm={t('pools.withdrawConfirm')} done={refresh}
                  run={() => call(experts.POST('/api/awards/nominations/{id}/withdrawal', path))} />
              )}
            </Space>
          </Card>
          {reviewer && assignedToMe && p && n.stage === 'EXPERT_REVIEW' && (
            <ReviewForm nomination={n} programme={p} mine={(reviews.data ?? []).find((r) => r.mine)} done={refresh} />
          )}
          {admin && <ReviewerPicker nomination={n} done={refresh} />}
          <Card size="small" title={t('awards.outcomes')}>
            <Table
              rowKey="stage"
              size="small"
              pagination={false}
              dataSource={n.outcomes}
              columns={[
                { title: t('expert.stage'), dataIndex: 'stageLabel' },
                { title: t('awards.passed'), dataIndex: 'passed', render: (v) => (v ? t('common.yes') : t('common.no')) },
                { title: t('common.comments'), dataIndex: 'comment' },
                { title: t('awards.awardClass'), dataIndex: 'awardClass' },
                { title: t('audit.actor'), dataIndex: 'decidedBy' },
                { title: t('audit.at'), dataIndex: 'decidedAt', render: (v) => shanghai(v) },
              ]}
            />
          </Card>
          {(admin || reviewer) && (
            <Card size="small" title={t('awards.reviews')}>
              <ProblemAlert error={reviews.error} />
              <Table
                rowKey={(r) => r.reviewerId ?? r.reviewer ?? ''}
                size="small"
                pagination={false}
                dataSource={reviews.data}
                columns={[
                  { title: t('grants.reviewers'), dataIndex: 'reviewer' },
                  { title: t('funding.total'), dataIndex: 'total' },
                  { title: t('common.comments'), dataIndex: 'comment' },
                  { title: t('grants.submittedAt'), dataIndex: 'submittedAt', render: (v) => shanghai(v) },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </Space>
  );
}

function OutcomeStep({ nomination: n, programme: p, done }: { nomination: Nomination; programme: Programme; done: () => void }) {
  const { t } = useTranslation();
  return (
    <StepForm<components['schemas']['OutcomeRequest']> type="primary" label={t('awards.outcome', { stage: n.stageLabel })} name="outcome"
      initialValues={{ stage: n.stage, passed: true }} done={done}
      submit={(body) => call(experts.POST('/api/awards/nominations/{id}/outcomes', { params: { path: { id: n.id ?? '' } }, body: { ...body, stage: n.stage! } }))}>
      <Form.Item name="passed" label={t('awards.passed')}>
        <Radio.Group options={[{ value: true, label: t('awards.pass') }, { value: false, label: t('awards.fail') }]} />
      </Form.Item>
      {n.stage === 'EXPERT_REVIEW' && (
        <Form.Item name="awardClass" label={t('awards.awardClass')}>
          <Select allowClear options={(p.classes ?? []).map((c) => ({ value: c.code, label: c.name }))} />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('common.comments')} rules={[{ max: 1000 }]} extra={t('awards.commentHint')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </StepForm>
  );
}

/** The reviewer's sheet: one score per criterion of the rubric, up to its maximum, and a comment. */
function ReviewForm({ nomination: n, programme: p, mine, done }: {
  nomination: Nomination;
  programme: Programme;
  mine?: components['schemas']['ReviewView'];
  done: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Scores>();
  const draftKey = `award-review:${n.id}`;
  useEffect(() => {
    if (mine && !readDraft(draftKey)) form.setFieldsValue({ scores: mine.scores, comment: mine.comment });
  }, [mine, form, draftKey]);
  return (
    <Card size="small" title={t('awards.myReview')}>
      <ProblemForm<Scores>
        form={form}
        name="award-review"
        draftKey={draftKey}
        onSubmit={async (body) => {
          await call(experts.PUT('/api/awards/nominations/{id}/review', { params: { path: { id: n.id ?? '' } }, body }));
          message.success(t('funding.scored'));
          done();
        }}
      >
        {(p.rubric ?? []).map((c) => (
          <Form.Item key={c.code} name={['scores', c.code]} label={`${c.name}（0–${c.maxScore}）`} rules={[{ required: true }]}>
            <InputNumber min={0} max={c.maxScore} />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('common.comments')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('common.submit')}</Button>
      </ProblemForm>
    </Card>
  );
}

/** ADMIN assigns a nomination's reviewers by hand from the committee; the service refuses a conflicted one with the reason. */
function ReviewerPicker({ nomination: n, done }: { nomination: Nomination; done: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [q, setQ] = useState('');
  const [form] = Form.useForm<{ reviewerIds: string[] }>();
  const committee = useQuery({
    queryKey: ['experts', 'committee', q],
    queryFn: () => call(experts.GET('/api/experts', { params: { query: { filter: { committee: true, q: q || undefined }, page: { size: 50 } } } })),
  });
  useEffect(() => form.setFieldsValue({ reviewerIds: (n.reviewers ?? []).map((r) => r.id ?? '') }), [n, form]);
  const known = new Map((n.reviewers ?? []).map((r) => [r.id ?? '', r.name ?? '']));
  (committee.data?.content ?? []).forEach((e) => e.id && known.set(e.id, `${e.name}（${e.employer}）`));
  return (
    <Card size="small" title={t('grants.reviewers')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={n.reviewers}
        columns={[
          { title: t('expert.name'), dataIndex: 'name' },
          { title: t('awards.how'), dataIndex: 'how', render: (v) => label(v) },
          { title: t('awards.reviewed'), dataIndex: 'reviewed', render: (v) => (v ? t('common.yes') : t('common.no')) },
        ]}
      />
      <ProblemForm<{ reviewerIds: string[] }>
        form={form}
        name="award-reviewers"
        style={{ marginTop: 12 }}
        onSubmit={async (body) => {
          await call(experts.PUT('/api/awards/nominations/{id}/reviewers', { params: { path: { id: n.id ?? '' } }, body }));
          done();
        }}
      >
        <Form.Item name="reviewerIds" label={t('grants.assignReviewers')}>
          <Select mode="multiple" showSearch={{ filterOption: false, onSearch: setQ }} options={[...known].map(([value, l]) => ({ value, label: l }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('common.save')}</Button>
      </ProblemForm>
    </Card>
  );
}
