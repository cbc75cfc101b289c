import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, society } from '../../api/client';
import type { components } from '../../api/schema/society';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ExportButton, StatusTag, day, useEnumLabel, useListParams, yuan } from '../../components/lists';
import { ActionForm, DATE, useRefresh } from './actions';
import { HostUnitSelect } from './lifecycle';

type Award = components['schemas']['AwardRequest'];
type Project = components['schemas']['ProjectView'];
type Milestone = components['schemas']['MilestoneView'];
type MilestoneRequest = components['schemas']['MilestoneRequest'];
type Completion = components['schemas']['Completion'];
type Outcome = components['schemas']['Outcome'];
type Evaluation = components['schemas']['EvaluationRequest'];
type Termination = components['schemas']['Termination'];
/** A row of the list as the service writes it (the document names it `Row`, as the grades' rows, and shows the grades'). */
interface ProjectRow {
  id: string; kind: string; title: string; commissioningBureau: string; contractAmount: string; startsOn: string; endsOn: string;
  societyId: string; societyName: string; gradeAtAward?: string; status: string; awardedOn: string; evaluationRating?: string;
}

const KINDS = ['FUNCTION_TRANSFER', 'PURCHASED_SERVICE'] as const;
const STATUSES = ['AWARDED', 'DELIVERED', 'EVALUATED', 'TERMINATED'] as const;
const RATINGS = ['EXCELLENT', 'GOOD', 'PASSED', 'FAILED'] as const;

/** One project: its milestones and the steps open on it now. */
function ProjectDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const path = { params: { path: { projectId: id } } };
  const project = useQuery({ queryKey: ['transfer', id], queryFn: () => call(society.GET('/api/societies/function-transfers/{projectId}', path)) });
  const p: Project | undefined = project.data;
  const done = () => refresh('transfer', 'transfers');
  const running = p?.status === 'AWARDED' || p?.status === 'DELIVERED';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={project.error} />
      {p && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('register.transfers.function')} span={2}>{p.function}</Descriptions.Item>
          <Descriptions.Item label={t('register.transfers.outcome')}>{p.outcomeSummary} {day(p.deliveredOn)}</Descriptions.Item>
          <Descriptions.Item label={t('register.transfers.rating')}>{p.evaluationRating && t(`register.transfers.${p.evaluationRating}`)} {p.evaluationComments}</Descriptions.Item>
          {p.terminationReason && <Descriptions.Item label={t('register.transfers.terminate')}>{p.terminationReason}</Descriptions.Item>}
        </Descriptions>
      )}
      <Table<Milestone>
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={p?.milestones as Milestone[] | undefined}
        columns={[
          { title: '#', dataIndex: 'number' },
          { title: t('register.transfers.milestone'), dataIndex: 'title' },
          { title: t('register.transfers.dueOn'), dataIndex: 'dueOn', render: day },
          { title: t('register.transfers.completedOn'), dataIndex: 'completedOn', render: (v, m) => `${day(v)} ${m.note ?? ''}` },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, m) => running && !m.completedOn && (
              <ActionForm<Completion> size="small" label={t('register.transfers.complete')} name={`milestone-${id}-${m.number}`} done={done}
                run={(body) => call(society.POST('/api/societies/function-transfers/{projectId}/milestones/{number}/completion', { params: { path: { projectId: id, number: m.number! } }, body }))}>
                <Form.Item name="completedOn" label={t('register.transfers.completedOn')} rules={[{ required: true }]}>
                  <Input {...DATE} />
                </Form.Item>
                <Form.Item name="note" label={t('common.comments')} rules={[{ max: 1000 }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </ActionForm>
            ),
          },
        ]}
      />
      {running && (
        <Space wrap align="start">
          <ActionForm<MilestoneRequest> size="small" label={t('register.transfers.addMilestone')} name={`milestone-new-${id}`} done={done}
            run={(body) => call(society.POST('/api/societies/function-transfers/{projectId}/milestones', { ...path, body }))}>
            <Form.Item name="title" label={t('register.transfers.milestone')} rules={[{ required: true }, { max: 200 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="dueOn" label={t('register.transfers.dueOn')} rules={[{ required: true }]}>
              <Input {...DATE} />
            </Form.Item>
          </ActionForm>
          <ActionForm<Outcome> size="small" label={t('register.transfers.deliver')} name={`outcome-${id}`} done={done}
            run={(body) => call(society.POST('/api/societies/function-transfers/{projectId}/outcome', { ...path, body }))}>
            <Form.Item name="summary" label={t('register.transfers.outcome')} rules={[{ required: true }, { max: 4000 }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
            <Form.Item name="deliveredOn" label={t('register.transfers.deliveredOn')} rules={[{ required: true }]}>
              <Input {...DATE} />
            </Form.Item>
          </ActionForm>
          <ActionForm<Evaluation> size="small" type="primary" label={t('register.transfers.evaluate')} name={`evaluate-${id}`} done={done}
            run={(body) => call(society.POST('/api/societies/function-transfers/{projectId}/evaluation', { ...path, body }))}>
            <Form.Item name="rating" label={t('register.transfers.rating')} rules={[{ required: true }]}>
              <Select options={RATINGS.map((r) => ({ value: r, label: t(`register.transfers.${r}`) }))} />
            </Form.Item>
            <Form.Item name="comments" label={t('common.comments')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
          <ActionForm<Termination> size="small" danger label={t('register.transfers.terminate')} name={`terminate-${id}`} done={done}
            run={(body) => call(society.POST('/api/societies/function-transfers/{projectId}/termination', { ...path, body }))}>
            <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 1000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
        </Space>
      )}
    </Space>
  );
}

/** ADMIN's function-transfer and purchased-service projects (学会承接政府转移职能): award, follow, evaluate. */
export function Transfers() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const refresh = useRefresh();
  const list = useListParams({ size: 20 });
  const [form] = Form.useForm();
  const f = list.filters;
  const filter = { kind: f.kind as Award['kind'], status: f.status as 'AWARDED', year: f.year ? Number(f.year) : undefined, q: f.q };
  const { data, error, isFetching } = useQuery({
    queryKey: ['transfers', filter, list.query],
    queryFn: () => call(society.GET('/api/societies/function-transfers', { params: { query: { ...filter, page: list.query } } })),
  });
  const candidates = useQuery({ queryKey: ['transfer-candidates'], queryFn: () => call(society.GET('/api/societies/function-transfers/candidates', {})) });
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: list.sortOrderOf(key) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.nav.transfers')}</Typography.Title>
      <ActionForm<Award> type="primary" label={t('register.transfers.award')} name="transfer-award" done={() => refresh('transfers')}
        initialValues={{ kind: 'PURCHASED_SERVICE' }}
        run={(body) => call(society.POST('/api/societies/function-transfers', { body }))}>
        <Form.Item name="societyId" label={t('inspection.society')} rules={[{ required: true }]} extra={t('register.transfers.candidatesHint')}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={candidates.isFetching}
            options={(candidates.data ?? []).map((c) => ({
              value: c.societyId, disabled: !c.eligible,
              label: `${c.societyName}${c.grade?.level ? ` · ${t(`register.level.${c.grade.level}`)}` : ''}${c.eligible ? '' : ` · ${((c.reasons ?? []) as { message?: string }[]).map((r) => r.message).join('；')}`}`,
            }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('register.transfers.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`register.transfers.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('register.transfers.title')} rules={[{ required: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="commissioningBureau" label={t('register.transfers.bureau')} rules={[{ required: true }]}>
          <HostUnitSelect />
        </Form.Item>
        <Form.Item name="function" label={t('register.transfers.function')} rules={[{ required: true }, { max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="contractAmount" label={t('register.transfers.amount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="startsOn" label={t('register.transfers.startsOn')} rules={[{ required: true }]}>
            <Input {...DATE} />
          </Form.Item>
          <Form.Item name="endsOn" label={t('register.transfers.endsOn')} rules={[{ required: true }]}>
            <Input {...DATE} />
          </Form.Item>
        </Space>
      </ActionForm>
      <Form form={form} layout="inline" initialValues={f} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="q" label={t('common.search')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="kind" label={t('register.transfers.kind')}>
          <Select allowClear style={{ minWidth: 140 }} options={KINDS.map((k) => ({ value: k, label: t(`register.transfers.${k}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={STATUSES.map((s) => ({ value: s, label: label(s) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2200} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">{t('common.search')}</Button>
          <ExportButton path="/api/societies/function-transfers/export.xlsx" query={{ ...filter, sort: list.query.sort }} />
        </Space>
      </Form>
      <ProblemAlert error={error} />
      <Table<ProjectRow>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.content as unknown as ProjectRow[]}
        pagination={{ ...list.pagination(data), showTotal: (count) => t('common.total', { count }) }}
        onChange={list.onTableChange}
        scroll={{ x: 1000 }}
        expandable={{ expandedRowRender: (p) => <ProjectDetails id={p.id} /> }}
        columns={[
          { title: t('register.transfers.title'), dataIndex: 'title' },
          { title: t('inspection.society'), dataIndex: 'societyName', ...sortable('societyName'), render: (name, p) => <Link to={`/societies/${p.societyId}`}>{name}</Link> },
          { title: t('register.transfers.kind'), dataIndex: 'kind', render: (k) => t(`register.transfers.${k}`) },
          { title: t('register.transfers.bureau'), dataIndex: 'commissioningBureau', ...sortable('commissioningBureau') },
          { title: t('register.transfers.amount'), dataIndex: 'contractAmount', ...sortable('contractAmount'), render: yuan },
          { title: t('register.transfers.awardedOn'), dataIndex: 'awardedOn', ...sortable('awardedOn'), render: day },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
        ]}
      />
    </Space>
  );
}
