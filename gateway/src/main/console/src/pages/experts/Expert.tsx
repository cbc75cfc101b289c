import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Descriptions, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

import { call, experts } from '../../api/client';
import type { components } from '../../api/schema/expert';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag, day, shanghai, useEnumLabel } from '../../components/lists';
import { StepForm } from '../funding/steps';
import { ProfileForm } from './ProfileForm';

type Expert = components['schemas']['ExpertView'];

/** An expert's page: the record, pool seats with leaving and removal, the committee seat, and the history. */
export function ExpertPage() {
  const { id = '' } = useParams();
  return <ExpertRecord id={id} />;
}

export function ExpertRecord({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const { session } = useAuth();
  const queries = useQueryClient();
  const admin = hasAny(session, ['ADMIN']);
  const self = session.expertId === id;
  const path = { params: { path: { id } } };
  const expert = useQuery({ queryKey: ['expert', id], enabled: Boolean(id), queryFn: () => call(experts.GET('/api/experts/{id}', path)) });
  const history = useQuery({ queryKey: ['expert-history', id], enabled: Boolean(id), queryFn: () => call(experts.GET('/api/experts/{id}/history', path)) });
  const e = expert.data;
  const refresh = () => {
    void expert.refetch();
    void history.refetch();
    void queries.invalidateQueries({ queryKey: ['experts'] });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {e?.name ?? '…'} {e && <StatusTag value={e.status} />}
      </Typography.Title>
      <ProblemAlert error={expert.error ?? history.error} />
      {e && <ExpertDescriptions expert={e} />}
      {e && admin && (
        <Card size="small" title={t('pools.committee')}>
          <CommitteeSwitch expert={e} refresh={refresh} />
        </Card>
      )}
      {e && (admin || self) && (
        <Card size="small" title={t('pools.editProfile')}>
          <ProfileForm
            expert={e}
            admin={admin}
            save={(body) => call(experts.PUT('/api/experts/{id}', { ...path, body }))}
            onSaved={() => {
              message.success(t('common.saved'));
              refresh();
            }}
          />
        </Card>
      )}
      <Card size="small" title={t('pools.seats')}>
        <Table
          rowKey={(s) => `${s.pool}-${s.admittedOn}`}
          size="small"
          pagination={false}
          dataSource={history.data?.memberships}
          columns={[
            { title: t('expert.pool'), dataIndex: 'poolName' },
            { title: t('common.status'), dataIndex: 'status', render: (v) => label(`SEAT_${v}`) },
            { title: t('pools.admittedOn'), dataIndex: 'admittedOn', render: day },
            { title: t('pools.endedOn'), dataIndex: 'endedOn', render: day },
            { title: t('grants.reason'), dataIndex: 'reason' },
            {
              title: t('common.actions'),
              key: 'leave',
              render: (_, s) =>
                s.status === 'ACTIVE' && (admin || self) ? (
                  <Space wrap>
                    <StepForm<{ reason: string }> label={t('pools.leave')} name={`leave-${s.pool}`} done={refresh}
                      submit={(body) => call(experts.POST('/api/experts/{id}/pools/{pool}/leaving', { params: { path: { id, pool: s.pool ?? '' } }, body }))}>
                      <Form.Item name="reason" label={t('grants.reason')} rules={[{ required: true, max: 500 }]}>
                        <Input.TextArea rows={2} />
                      </Form.Item>
                    </StepForm>
                    {admin && (
                      <StepForm<{ reason: string }> label={t('pools.remove')} name={`remove-${s.pool}`} done={refresh}
                        submit={(body) => call(experts.POST('/api/experts/{id}/pools/{pool}/removal', { params: { path: { id, pool: s.pool ?? '' } }, body }))}>
                        <Form.Item name="reason" label={t('grants.reason')} rules={[{ required: true, max: 500 }]}>
                          <Input.TextArea rows={2} />
                        </Form.Item>
                      </StepForm>
                    )}
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('pools.nominationHistory')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={history.data?.nominations}
          columns={[
            { title: t('expert.pool'), dataIndex: 'poolName' },
            { title: t('funding.society'), dataIndex: 'societyName' },
            { title: t('common.status'), dataIndex: 'status', render: (v) => <PoolStatus value={v} /> },
            { title: t('pools.nominatedAt'), dataIndex: 'nominatedAt', render: (v) => shanghai(v) },
            { title: t('pools.decidedAt'), dataIndex: 'decidedAt', render: (v) => shanghai(v) },
          ]}
        />
      </Card>
    </Space>
  );
}

export function ExpertDescriptions({ expert: e }: { expert: Expert }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={t('expert.title')}>{e.title} · {e.titleLevelLabel}</Descriptions.Item>
      <Descriptions.Item label={t('expert.employer')}>{e.employer}</Descriptions.Item>
      <Descriptions.Item label={t('pools.category')}>{e.categoryLabel}</Descriptions.Item>
      <Descriptions.Item label={t('pools.gender')}>{label(e.gender)} {e.birthYear}</Descriptions.Item>
      <Descriptions.Item label={t('expert.pools')}>{(e.pools ?? []).map((p) => <Tag key={p.pool}>{p.name} {day(p.since)}</Tag>)}</Descriptions.Item>
      <Descriptions.Item label={t('pools.societies')}>{(e.societies ?? []).map((s) => s.name).join('，')}</Descriptions.Item>
      <Descriptions.Item label={t('pools.committee')}>{e.committeeMember ? t('common.yes') : t('common.no')}</Descriptions.Item>
      <Descriptions.Item label={t('account.phone')}>{e.phone}</Descriptions.Item>
      <Descriptions.Item label={t('account.email')}>{e.email}</Descriptions.Item>
      <Descriptions.Item label={t('pools.idNumber')}>{e.idNumber}</Descriptions.Item>
      <Descriptions.Item label={t('expert.expertise')} span={2}>{(e.expertise ?? []).join('，')}</Descriptions.Item>
    </Descriptions>
  );
}

function CommitteeSwitch({ expert: e, refresh }: { expert: Expert; refresh: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  return (
    <Space>
      <Switch
        aria-label={t('pools.committee')}
        checked={Boolean(e.committeeMember)}
        onChange={async (committeeMember) => {
          setError(undefined);
          try {
            await call(experts.PUT('/api/experts/{id}/committee', { params: { path: { id: e.id ?? '' } }, body: { committeeMember } }));
            message.success(t('common.saved'));
            refresh();
          } catch (problem) {
            setError(problem);
          }
        }}
      />
      <Typography.Text>{t('pools.committeeHint')}</Typography.Text>
      <ProblemAlert error={error} />
    </Space>
  );
}

const POOL_COLOURS: Record<string, string> = { PENDING: '#874d00', ADMITTED: '#237804', REJECTED: '#a8071a', WITHDRAWN: '#595959' };

/** A pool nomination's status in the pool's own words (待表决 rather than the register's 待填报). */
export function PoolStatus({ value }: { value?: string }) {
  const { t } = useTranslation();
  return value ? <Tag color={POOL_COLOURS[value]}>{t(`pools.status.${value}`)}</Tag> : null;
}
