import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

import { call, funding } from '../../api/client';
import type { components } from '../../api/schema/funding';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { LinkButton } from './fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag, day, shanghai } from '../../components/lists';
import { Agreement } from './Agreement';
import { FinalReport } from './FinalReport';
import { grantActions } from './grantActions';
import { MoneyInput, moneyRule } from './MoneyInput';
import { formatMoney, sumMoney, toAmount } from './money';
import { Reviewers } from './Reviewers';
import { StepButton, StepForm } from './steps';

type Grant = components['schemas']['GrantView'];
const AFTER_DECISION = ['APPROVED', 'AGREED', 'REPORTED', 'REPORT_ACCEPTED', 'CLOSED'];
const UNDER_REVIEW = ['IN_REVIEW', 'REVIEWED', ...AFTER_DECISION, 'REJECTED'];

/** One application and grant with its whole life: each step offered where its status allows it. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const queries = useQueryClient();
  const grant = useQuery({
    queryKey: ['application', id],
    queryFn: () => call(funding.GET('/api/funding/applications/{id}', { params: { path: { id } } })),
  });
  const g = grant.data;
  const refresh = () => {
    for (const key of ['application', 'agreement', 'final-report', 'sheet', 'funding-audit']) void queries.invalidateQueries({ queryKey: [key, id] });
    void queries.invalidateQueries({ queryKey: ['applications'] });
  };
  const actions = grantActions(g?.status, session.roles);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {g?.title ?? '…'} {g && <StatusTag value={g.status} />}
      </Typography.Title>
      <ProblemAlert error={grant.error} />
      {g?.statusComment && <Alert type="info" showIcon title={t('grants.statusComment')} description={g.statusComment} />}
      {g?.overdueSince && <Alert type="warning" showIcon title={t('grants.overdueSince', { day: day(g.overdueSince) })} />}
      {g && (
        <>
          <Card size="small" title={t('grants.steps')}>
            {actions.length === 0 ? (
              <Typography.Text type="secondary">{t('grants.noSteps')}</Typography.Text>
            ) : (
              <Space wrap align="start">
                <GrantSteps grant={g} actions={actions} refresh={refresh} />
              </Space>
            )}
          </Card>
          <GrantRecord grant={g} />
          {admin && UNDER_REVIEW.includes(g.status ?? '') && <Reviewers grant={g} assign={actions.includes('assignReviewers')} refresh={refresh} />}
          {AFTER_DECISION.includes(g.status ?? '') && <Agreement grant={g} actions={actions} refresh={refresh} />}
          {['AGREED', 'REPORTED', 'REPORT_ACCEPTED', 'CLOSED'].includes(g.status ?? '') && (
            <FinalReport grant={g} actions={actions} refresh={refresh} />
          )}
          {admin && <GrantAudit id={id} />}
        </>
      )}
    </Space>
  );
}

function GrantRecord({ grant: g }: { grant: Grant }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('common.details')}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('funding.society')}>{g.societyName}</Descriptions.Item>
        <Descriptions.Item label={t('common.year')}>{g.year}</Descriptions.Item>
        <Descriptions.Item label={t('funding.category')}>{g.categoryName} · {g.subItemName}</Descriptions.Item>
        <Descriptions.Item label={t('grants.tag')}>{g.tagLabel}</Descriptions.Item>
        <Descriptions.Item label={t('funding.planned')}>{day(g.plannedStart)} – {day(g.plannedEnd)}</Descriptions.Item>
        <Descriptions.Item label={t('funding.venue')}>{g.venue}</Descriptions.Item>
        <Descriptions.Item label={t('grants.expectedAttendance')}>{g.expectedAttendance}</Descriptions.Item>
        <Descriptions.Item label={t('grants.coOrganisers')}>{(g.coOrganisers ?? []).join('，')}</Descriptions.Item>
        <Descriptions.Item label={t('funding.amount')}>{formatMoney(g.requestedAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('funding.approved')}>{formatMoney(g.approvedAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.reviewScore')}>{g.reviewScore}</Descriptions.Item>
        <Descriptions.Item label={t('grants.submittedAt')}>{shanghai(g.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.disbursed')}>{formatMoney(g.disbursedAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.acceptedSpending')}>{formatMoney(g.acceptedSpending)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.settled')}>{formatMoney(g.settledAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.reportDueOn')}>{day(g.reportDueOn)}</Descriptions.Item>
      </Descriptions>
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={g.budgetLines}
        columns={[
          { title: t('grants.budgetItem'), dataIndex: 'item' },
          { title: t('grants.budgetAmount'), dataIndex: 'amount', align: 'right', render: formatMoney },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('grants.budgetTotal')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatMoney(sumMoney((g.budgetLines ?? []).map((l) => l.amount)))}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

/** The buttons of the steps `actions` names; the larger ones (reviewers, agreement, report) live in their own cards. */
function GrantSteps({ grant: g, actions, refresh }: { grant: Grant; actions: string[]; refresh: () => void }) {
  const { t } = useTranslation();
  const path = { params: { path: { id: g.id ?? '' } } };
  const id = g.id ?? '';
  return (
    <>
      {actions.includes('edit') && (
        <LinkButton to={`/funding/applications/${id}/edit`}>{t('grants.edit')}</LinkButton>
      )}
      {actions.includes('submit') && (
        <StepButton type="primary" label={t('grants.submit')} confirm={t('grants.submitConfirm')} done={refresh}
          run={() => call(funding.POST('/api/funding/applications/{id}/submission', path))} />
      )}
      {actions.includes('formalCheck') && (
        <StepForm<{ passed: boolean; comments?: string }> type="primary" label={t('grants.formalCheck')} name="formal-check"
          draftKey={`formal-check:${id}`} initialValues={{ passed: true }} done={refresh}
          submit={(body) => call(funding.POST('/api/funding/applications/{id}/formal-check', { ...path, body }))}>
          <Form.Item name="passed" label={t('grants.formalCheck')}>
            <Radio.Group options={[{ value: true, label: t('grants.passToReview') }, { value: false, label: t('grants.returnForChanges') }]} />
          </Form.Item>
          <Form.Item name="comments" label={t('common.comments')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </StepForm>
      )}
      {actions.includes('closeReview') && (
        <StepButton label={t('grants.closeReview')} confirm={t('grants.closeReviewConfirm')} done={refresh}
          run={() => call(funding.POST('/api/funding/applications/{id}/review-closing', path))} />
      )}
      {actions.includes('decide') && (
        <StepForm<{ approved: boolean; amount?: string; reason?: string }> type="primary" label={t('grants.decide')} name="decision"
          draftKey={`decision:${id}`} initialValues={{ approved: true, amount: toAmount(g.requestedAmount) }} done={refresh}
          submit={(values) =>
            call(funding.POST('/api/funding/applications/{id}/decision', {
              ...path,
              body: { approved: values.approved, reason: values.reason, amount: values.approved ? toAmount(values.amount) : undefined } as unknown as components['schemas']['Decision'],
            }))
          }>
          <Form.Item name="approved" label={t('grants.decide')}>
            <Radio.Group options={[{ value: true, label: t('grants.approve') }, { value: false, label: t('grants.reject') }]} />
          </Form.Item>
          <Form.Item name="amount" label={t('funding.approved')} rules={[moneyRule()]} extra={`${t('funding.amount')} ${formatMoney(g.requestedAmount)}`}>
            <MoneyInput />
          </Form.Item>
          <Form.Item name="reason" label={t('grants.reason')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </StepForm>
      )}
      {actions.includes('reviewReport') && (
        <StepForm<{ accepted: boolean; comments?: string }> type="primary" label={t('grants.reviewReport')} name="report-review"
          draftKey={`report-review:${id}`} initialValues={{ accepted: true }} done={refresh}
          submit={(body) => call(funding.POST('/api/funding/applications/{id}/final-report/review', { ...path, body }))}>
          <Form.Item name="accepted" label={t('grants.reviewReport')}>
            <Radio.Group options={[{ value: true, label: t('grants.acceptReport') }, { value: false, label: t('grants.returnForChanges') }]} />
          </Form.Item>
          <Form.Item name="comments" label={t('common.comments')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </StepForm>
      )}
      {actions.includes('close') && (
        <StepButton type="primary" label={t('grants.close')} confirm={t('grants.closeConfirm')} done={refresh}
          run={() => call(funding.POST('/api/funding/applications/{id}/closing', path))} />
      )}
      {actions.includes('withdraw') && (
        <StepForm<{ reason?: string }> label={t('grants.withdraw')} name="withdrawal" done={refresh}
          submit={(body) => call(funding.POST('/api/funding/applications/{id}/withdrawal', { ...path, body }))}>
          <Form.Item name="reason" label={t('grants.reason')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </StepForm>
      )}
    </>
  );
}

function GrantAudit({ id }: { id: string }) {
  const { t } = useTranslation();
  const audit = useQuery({
    queryKey: ['funding-audit', id],
    queryFn: () => call(funding.GET('/api/funding/audit', { params: { query: { filter: { subjectId: id }, page: { size: 100 } } } })),
  });
  return (
    <Card size="small" title={t('society.audit')}>
      <ProblemAlert error={audit.error} />
      <Table
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={audit.data?.content}
        pagination={false}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v) => shanghai(v) },
          { title: t('audit.actor'), dataIndex: 'actor' },
          { title: t('audit.action'), dataIndex: 'action' },
        ]}
      />
    </Card>
  );
}
