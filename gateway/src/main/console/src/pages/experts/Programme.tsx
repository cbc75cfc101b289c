import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';

import { call, download, experts } from '../../api/client';
import type { components } from '../../api/schema/expert';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { ExportButton, StatusTag, day, shanghai, useEnumLabel, useListParams } from '../../components/lists';
import { today } from '../funding/fields';
import { StepButton, StepForm } from '../funding/steps';
import { CATEGORIES, STAGES, nextStage } from './options';
import { SocietySelect } from './ProfileForm';

type NewProgramme = components['schemas']['NewProgramme'];
type Programme = components['schemas']['ProgrammeView'];
type NominationFilter = components['schemas']['NominationFilter'];
type NewAwardNomination = components['schemas']['NewAwardNomination'];

/** ADMIN creates a year's award programme: kind, classes with quotas, the rubric, reviewers per nomination, the notice period and the schedule. */
export function NewProgrammePage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<NewProgramme>();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('awards.newProgramme')}</Typography.Title>
      <Card size="small">
        <ProblemForm<NewProgramme>
          form={form}
          name="programme"
          draftKey="programme:new"
          initialValues={{
            year: Number(today().slice(0, 4)),
            kind: 'OUTSTANDING_WORKER',
            reviewersPerNomination: 3,
            classes: [{ code: 'FIRST', name: '', quota: 10 }],
            rubric: [{ code: 'merit', name: '', maxScore: 100 }],
          }}
          onSubmit={async (values) => {
            const saved = await call(experts.POST('/api/awards/programmes', { body: values }));
            message.success(t('common.saved'));
            await queries.invalidateQueries({ queryKey: ['programmes'] });
            navigate(`/awards/${saved.id}`);
          }}
        >
          <Space wrap>
            <Form.Item name="year" label={t('common.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="kind" label={t('expert.kind')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 180 }} options={['OUTSTANDING_WORKER', 'ACADEMIC_INNOVATION'].map((v) => ({ value: v, label: label(v) }))} />
            </Form.Item>
            <Form.Item name="reviewersPerNomination" label={t('awards.reviewersPerNomination')}>
              <InputNumber min={1} max={9} />
            </Form.Item>
            <Form.Item name="noticePeriod" label={t('awards.noticePeriod')} extra={t('awards.noticePeriodHint')}>
              <Input placeholder="P7D" />
            </Form.Item>
          </Space>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Typography.Text strong>{t('awards.classes')}</Typography.Text>
          <Form.List name="classes">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} wrap align="start">
                    <Form.Item name={[f.name, 'code']} label={`${t('grants.code')} ${i + 1}`} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{0,19}$/ }]}>
                      <Input style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'name']} label={`${t('awards.className')} ${i + 1}`} rules={[{ required: true, max: 40 }]}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'quota']} label={`${t('expert.quota')} ${i + 1}`} rules={[{ required: true }]}>
                      <InputNumber min={1} max={1000} />
                    </Form.Item>
                    <Button type="text" aria-label={`${t('grants.removeLine')} ${i + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t('awards.addClass')}</Button>
                </Form.Item>
              </>
            )}
          </Form.List>
          <Typography.Text strong>{t('funding.rubric')}</Typography.Text>
          <Form.List name="rubric">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} wrap align="start">
                    <Form.Item name={[f.name, 'code']} label={`${t('grants.criterionKey')} ${i + 1}`} rules={[{ required: true, pattern: /^[a-z][a-zA-Z0-9]{0,29}$/ }]}>
                      <Input style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'name']} label={`${t('grants.criterionName')} ${i + 1}`} rules={[{ required: true, max: 40 }]}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'maxScore']} label={`${t('awards.maxScore')} ${i + 1}`} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100} />
                    </Form.Item>
                    <Button type="text" aria-label={`${t('grants.removeLine')} ${i + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t('grants.addCriterion')}</Button>
                </Form.Item>
              </>
            )}
          </Form.List>
          <Typography.Text strong>{t('awards.schedule')}</Typography.Text>
          <Form.List name="schedule">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} wrap align="start">
                    <Form.Item name={[f.name, 'stage']} label={`${t('expert.stage')} ${i + 1}`} rules={[{ required: true }]}>
                      <Select style={{ minWidth: 120 }} options={STAGES.map((v) => ({ value: v, label: label(v) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'owner']} label={`${t('awards.owner')} ${i + 1}`} rules={[{ max: 60 }]}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'deadline']} label={`${t('awards.deadline')} ${i + 1}`}>
                      <Input type="date" />
                    </Form.Item>
                    <Button type="text" aria-label={`${t('grants.removeLine')} ${i + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t('awards.addStage')}</Button>
                </Form.Item>
              </>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit">{t('awards.create')}</Button>
        </ProblemForm>
      </Card>
    </Space>
  );
}

/** One award programme: its stages, nominations, reviewers and conflicts, ranking, objections and results. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const [params, setParams] = useSearchParams();
  const path = { params: { path: { id } } };
  const programme = useQuery({ queryKey: ['programme', id], queryFn: () => call(experts.GET('/api/awards/programmes/{id}', path)) });
  const p = programme.data;
  const next = nextStage(p?.stage);
  const tabs = [
    { key: 'nominations', label: t('awards.nominations'), children: p && <Nominations programme={p} /> },
    ...(admin && p
      ? [
          { key: 'reviewers', label: t('awards.reviewersAndConflicts'), children: <Assignment programme={p} /> },
          { key: 'ranking', label: t('awards.ranking'), children: <Ranking programme={p} /> },
          { key: 'objections', label: t('awards.objections'), children: <Objections programme={p} /> },
        ]
      : []),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {p?.name ?? '…'} {p && <Tag>{p.stageLabel}</Tag>}
      </Typography.Title>
      <ProblemAlert error={programme.error} />
      {p && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('expert.kind')}>{p.kindLabel}</Descriptions.Item>
            <Descriptions.Item label={t('common.year')}>{p.year}</Descriptions.Item>
            <Descriptions.Item label={t('awards.classes')}>{(p.classes ?? []).map((c) => `${c.name} ${c.quota}`).join('，')}</Descriptions.Item>
            <Descriptions.Item label={t('funding.rubric')}>{(p.rubric ?? []).map((c) => `${c.name} ${c.maxScore}`).join('，')}</Descriptions.Item>
            <Descriptions.Item label={t('awards.reviewersPerNomination')}>{p.reviewersPerNomination}</Descriptions.Item>
            <Descriptions.Item label={t('awards.noticePeriod')}>{p.noticePeriod}</Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="stage"
            size="small"
            pagination={false}
            dataSource={p.schedule}
            rowClassName={(s) => (s.stage === p.stage ? 'ant-table-row-selected' : '')}
            columns={[
              { title: t('expert.stage'), dataIndex: 'label' },
              { title: t('awards.owner'), dataIndex: 'owner' },
              { title: t('awards.deadline'), dataIndex: 'deadline', render: day },
              { title: t('awards.openedAt'), dataIndex: 'openedAt', render: (v) => shanghai(v) },
              { title: t('awards.closedAt'), dataIndex: 'closedAt', render: (v) => shanghai(v) },
            ]}
          />
          {admin && next && (
            <StepButton type="primary" label={t('awards.advance', { stage: t(`enum.${next}`) })} confirm={t('awards.advanceConfirm')}
              done={() => void programme.refetch()}
              run={() => call(experts.POST('/api/awards/programmes/{id}/stage', { ...path, body: { stage: next } }))} />
          )}
          <Tabs activeKey={params.get('tab') ?? 'nominations'} onChange={(tab) => setParams({ tab })} items={tabs} />
        </>
      )}
    </Space>
  );
}

function Nominations({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const list = useListParams();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(list.filters), [form, list.filters]);
  const { tab: _tab, ...filters } = list.filters;
  const id = p.id ?? '';
  const nominations = useQuery({
    queryKey: ['award-nominations', id, filters, list.query],
    queryFn: () => call(experts.GET('/api/awards/programmes/{id}/nominations', { params: { path: { id }, query: { filter: filters as NominationFilter, page: list.query } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={(v) => list.setFilters({ ...v, tab: 'nominations' })} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="stage" label={t('expert.stage')}>
          <Select allowClear style={{ minWidth: 120 }} options={STAGES.map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={['IN_PROGRESS', 'NOT_PASSED', 'WITHDRAWN', 'COMMENDED'].map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('pools.category')}>
          <Select allowClear style={{ minWidth: 120 }} options={CATEGORIES.map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">{t('common.search')}</Button>
          <ExportButton path={`/api/awards/programmes/${id}/nominations/export.xlsx`} query={{ ...filters, sort: list.query.sort }} />
          {p.stage === 'NOMINATION' && hasAny(session, ['ADMIN', 'SOCIETY_SECRETARY']) && <NominateForAward programme={p} done={() => void nominations.refetch()} />}
        </Space>
      </Form>
      <ProblemAlert error={nominations.error} />
      <Table
        rowKey="id"
        loading={nominations.isFetching}
        dataSource={nominations.data?.content}
        pagination={{ ...list.pagination(nominations.data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 900 }}
        columns={[
          { title: t('awards.candidate'), dataIndex: 'candidateName', key: 'candidateName', sorter: true, sortOrder: list.sortOrderOf('candidateName'), render: (v, n) => <Link to={`/awards/nominations/${n.id}`}>{v}</Link> },
          { title: t('expert.employer'), dataIndex: 'candidateEmployer' },
          { title: t('awards.workTitle'), dataIndex: 'workTitle' },
          { title: t('funding.society'), dataIndex: 'societyName' },
          { title: t('pools.category'), dataIndex: 'categoryLabel' },
          { title: t('expert.stage'), dataIndex: 'stageLabel' },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          { title: t('awards.awardClass'), dataIndex: 'awardClassName' },
        ]}
      />
    </Space>
  );
}

/** A secretary nominates a candidate of its own society (ADMIN: for any society) while the programme takes nominations. */
function NominateForAward({ programme: p, done }: { programme: Programme; done: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  return (
    <StepForm<NewAwardNomination> type="primary" label={t('awards.nominate')} name="award-nomination" draftKey={`award-nomination:${p.id}`}
      initialValues={{ societyId: session.societyId }} done={done}
      submit={(body) => call(experts.POST('/api/awards/programmes/{id}/nominations', { params: { path: { id: p.id ?? '' } }, body: { ...body, societyId: body.societyId ?? session.societyId } }))}>
      {!session.societyId && (
        <Form.Item name="societyId" label={t('funding.society')} rules={[{ required: true }]}>
          <SocietySelect />
        </Form.Item>
      )}
      <Form.Item name="candidateName" label={t('awards.candidate')} rules={[{ required: true, max: 40 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="candidateEmployer" label={t('expert.employer')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="candidateTitle" label={t('expert.title')} rules={[{ max: 40 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="workTitle" label={t('awards.workTitle')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="category" label={t('pools.category')} rules={[{ required: true }]}>
        <Select options={CATEGORIES.map((v) => ({ value: v, label: label(v) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('awards.summary')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </StepForm>
  );
}

function Assignment({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const id = p.id ?? '';
  const conflicts = useQuery({ queryKey: ['award-conflicts', id], queryFn: () => call(experts.GET('/api/awards/programmes/{id}/conflicts', { params: { path: { id } } })) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <StepForm<components['schemas']['AutoAssign']> type="primary" label={t('awards.autoAssign')} name="auto-assign"
        initialValues={{ reviewersPerNomination: p.reviewersPerNomination }} done={() => void conflicts.refetch()}
        submit={async (body) => {
          const result = await call(experts.POST('/api/awards/programmes/{id}/assignments', { params: { path: { id } }, body }));
          const short = Object.keys(result.shortOf ?? {}).length;
          message.info(t('awards.assigned', { count: result.assigned ?? 0, short }));
        }}>
        <Typography.Paragraph type="secondary">{t('awards.autoAssignHint')}</Typography.Paragraph>
        <Form.Item name="reviewersPerNomination" label={t('awards.reviewersPerNomination')}>
          <InputNumber min={1} max={9} />
        </Form.Item>
      </StepForm>
      <ProblemAlert error={conflicts.error} />
      <Typography.Title level={4}>{t('grants.conflicts')}</Typography.Title>
      <Table
        rowKey={(c) => `${c.nominationId}-${c.reviewerId}-${c.kind}`}
        size="small"
        loading={conflicts.isFetching}
        dataSource={conflicts.data}
        columns={[
          { title: t('awards.candidate'), dataIndex: 'candidateName', render: (v, c) => <Link to={`/awards/nominations/${c.nominationId}`}>{v}</Link> },
          { title: t('grants.reviewers'), dataIndex: 'reviewerName' },
          { title: t('awards.conflictKind'), dataIndex: 'kind', render: (v) => label(`CONFLICT_${v}`) },
          { title: t('grants.reason'), dataIndex: 'reason' },
        ]}
      />
    </Space>
  );
}

function Ranking({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const id = p.id ?? '';
  const ranking = useQuery({ queryKey: ['ranking', id], queryFn: () => call(experts.GET('/api/awards/programmes/{id}/ranking', { params: { path: { id } } })) });
  const className = (code?: string) => (p.classes ?? []).find((c) => c.code === code)?.name ?? code;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => void download(`/api/awards/programmes/${id}/results.xlsx`)}>{t('awards.results')}</Button>
        <Typography.Text type="secondary">{ranking.data?.tieBreak}</Typography.Text>
      </Space>
      <ProblemAlert error={ranking.error} />
      <Table
        rowKey="nominationId"
        size="small"
        loading={ranking.isFetching}
        dataSource={ranking.data?.ranking}
        pagination={false}
        columns={[
          { title: t('awards.rank'), dataIndex: 'rank' },
          { title: t('awards.candidate'), dataIndex: 'candidateName', render: (v, r) => <Link to={`/awards/nominations/${r.nominationId}`}>{v}</Link> },
          { title: t('expert.employer'), dataIndex: 'employer' },
          { title: t('funding.society'), dataIndex: 'societyName' },
          { title: t('awards.meanTotal'), dataIndex: 'meanTotal' },
          { title: t('awards.reviews'), dataIndex: 'reviews' },
          { title: t('awards.suggestedClass'), dataIndex: 'suggestedClass', render: className },
          { title: t('awards.awardClass'), dataIndex: 'awardClass', render: className },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
        ]}
      />
    </Space>
  );
}

function Objections({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const id = p.id ?? '';
  const objections = useQuery({ queryKey: ['objections', id], queryFn: () => call(experts.GET('/api/awards/objections', { params: { query: { programmeId: id } } })) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={objections.error} />
      <Table
        rowKey="id"
        size="small"
        loading={objections.isFetching}
        dataSource={objections.data}
        expandable={{ expandedRowRender: (o) => <Typography.Paragraph>{o.content}{o.answer && <><br />{t('awards.answer')}：{o.answer}</>}</Typography.Paragraph> }}
        columns={[
          { title: t('awards.receipt'), dataIndex: 'receipt' },
          { title: t('awards.candidate'), dataIndex: 'candidateName' },
          { title: t('awards.objector'), key: 'objector', render: (_, o) => `${o.objectorName ?? ''} ${o.objectorPhone ?? ''}` },
          { title: t('pools.filedAt'), dataIndex: 'filedAt', render: (v) => shanghai(v) },
          { title: t('common.status'), dataIndex: 'status', render: (v, o) => <>{<StatusTag value={v} />}{o.status === 'ANSWERED' && (o.upheld ? t('awards.upheld') : t('awards.dismissed'))}</> },
          {
            title: t('common.actions'),
            key: 'answer',
            render: (_, o) =>
              o.status === 'OPEN' ? (
                <StepForm<{ upheld: boolean; answer: string }> label={t('awards.answerObjection')} name={`answer-${o.id}`} initialValues={{ upheld: false }}
                  done={() => void objections.refetch()}
                  submit={(body) => call(experts.POST('/api/awards/objections/{id}/answer', { params: { path: { id: o.id ?? '' } }, body }))}>
                  <Typography.Paragraph>{o.content}</Typography.Paragraph>
                  <Form.Item name="upheld" label={t('awards.verdict')}>
                    <Radio.Group options={[{ value: true, label: t('awards.upheld') }, { value: false, label: t('awards.dismissed') }]} />
                  </Form.Item>
                  <Form.Item name="answer" label={t('awards.answer')} rules={[{ required: true, min: 5, max: 2000 }]}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                </StepForm>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
