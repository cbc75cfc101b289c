import { useQuery } from '@tanstack/react-query';
import { Checkbox, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, experts, society } from '../../api/client';
import type { components as expertSchema } from '../../api/schema/expert';
import type { components } from '../../api/schema/society';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag, shanghai } from '../../components/lists';
import { ActionButton, ActionForm, useRefresh } from './actions';

type Secretariat = components['schemas']['SecretariatAccount'];
type Invitation = components['schemas']['InvitationRequest'];
type ExpertAccount = components['schemas']['ExpertAccount'];
type Grant = components['schemas']['GrantRequest'];
type OneTime = components['schemas']['OneTimePassword'];
export type Expert = expertSchema['schemas']['ExpertView'];

/** A one-time password is shown once, here, and never again (the service keeps none). */
function OneTimePasswordButton({ issue }: { issue: () => Promise<OneTime> }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<OneTime>();
  return (
    <>
      <ActionButton size="small" label={t('register.accounts.oneTime')} confirm={t('register.accounts.oneTimeConfirm')}
        run={issue} done={(result) => setShown(result as OneTime)} />
      <Modal open={Boolean(shown)} title={t('register.accounts.oneTime')} onCancel={() => setShown(undefined)} onOk={() => setShown(undefined)}
        cancelButtonProps={{ style: { display: 'none' } }}>
        <Typography.Paragraph>{t('register.accounts.oneTimeOnce')}</Typography.Paragraph>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('register.accounts.username')}>{shown?.username}</Descriptions.Item>
          <Descriptions.Item label={t('register.accounts.password')}>
            <Typography.Text code copyable data-testid="one-time-password">{shown?.password}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('register.accounts.signIn')}>{shown?.signInUrl}</Descriptions.Item>
        </Descriptions>
      </Modal>
    </>
  );
}

/** ADMIN's secretariat accounts of one society: invite (with the set-password mail), one-time password, disable, remove. */
export function SecretariatAccounts({ societyId }: { societyId: string }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const path = { params: { path: { societyId } } };
  const { data, error, isFetching } = useQuery({
    queryKey: ['accounts', societyId],
    queryFn: () => call(society.GET('/api/societies/{societyId}/secretariat-accounts', path)),
    // the Keycloak user and the mail follow the row: look again until every account is synced
    refetchInterval: (query) => ((query.state.data ?? []).some((a) => a.state === 'ACTIVE' && (!a.synced || !a.invitationMailedAt)) ? 3000 : false),
  });
  const done = () => refresh('accounts', 'audit');
  const account = (accountId: string) => ({ params: { path: { societyId, accountId } } });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ActionForm<Invitation> type="primary" label={t('register.accounts.invite')} name={`invite-${societyId}`} done={done}
        run={(body) => call(society.POST('/api/societies/{societyId}/secretariat-accounts', { ...path, body }))}>
        <Typography.Paragraph type="secondary">{t('register.accounts.inviteHint')}</Typography.Paragraph>
        <Form.Item name="name" label={t('account.name')} rules={[{ required: true }, { max: 40 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('account.email')} rules={[{ required: true }, { type: 'email' }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('account.phone')} rules={[{ required: true }, { max: 20 }]}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
      </ActionForm>
      <ProblemAlert error={error} />
      <Table<Secretariat>
        rowKey="id"
        size="small"
        loading={isFetching && !data}
        dataSource={data}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('account.name'), dataIndex: 'name' },
          { title: t('account.email'), dataIndex: 'email' },
          { title: t('account.phone'), dataIndex: 'phone' },
          { title: t('account.state'), dataIndex: 'state', render: (v, a) => <>{<StatusTag value={v} />} {a.problem}</> },
          { title: t('account.synced'), dataIndex: 'synced', render: (v) => (v ? t('common.yes') : t('common.no')) },
          { title: t('register.accounts.mailed'), dataIndex: 'invitationMailedAt', render: (v) => shanghai(v) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) =>
              a.state === 'ACTIVE' && (
                <Space wrap align="start">
                  <OneTimePasswordButton issue={() => call(society.POST('/api/societies/{societyId}/secretariat-accounts/{accountId}/one-time-password', account(a.id!)))} />
                  <ActionButton size="small" label={t('register.accounts.disable')} confirm={t('register.accounts.disableConfirm')} done={done}
                    run={() => call(society.POST('/api/societies/{societyId}/secretariat-accounts/{accountId}/disabling', account(a.id!)))} />
                  <ActionButton size="small" danger label={t('register.accounts.remove')} confirm={t('register.accounts.removeConfirm')} done={done}
                    run={() => call(society.DELETE('/api/societies/{societyId}/secretariat-accounts/{accountId}', account(a.id!)))} />
                </Space>
              ),
          },
        ]}
      />
    </Space>
  );
}

/** Pool experts found by name as they are typed (expert-service's search), for grants and assessors. */
export function ExpertPicker({ onPick, ...props }: { id?: string; value?: string; onChange?: (v: string) => void; onPick?: (e: Expert) => void }) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['expert-search', q],
    queryFn: () => call(experts.GET('/api/experts', { params: { query: { filter: { q: q || undefined, status: 'ADMITTED' }, page: { page: 0, size: 20 } } } })),
  });
  const list = found.data?.content ?? [];
  return (
    <Select
      {...props}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      onChange={(value: string) => {
        props.onChange?.(value);
        const expert = list.find((e) => e.id === value);
        if (expert) onPick?.(expert);
      }}
      options={list.map((e) => ({ value: e.id, label: `${e.name}（${e.employer ?? ''}）` }))}
    />
  );
}

const EXPERT_ROLES = ['REVIEWER', 'EXPERT'] as const;

/** ADMIN's accounts of pool experts: grant REVIEWER or EXPERT (with the set-password mail), revoke a role, one-time password. */
export function ExpertAccounts() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [form] = Form.useForm<Grant>();
  const { data, error, isFetching } = useQuery({
    queryKey: ['expert-accounts'],
    queryFn: () => call(society.GET('/api/societies/expert-accounts', {})),
  });
  const done = () => refresh('expert-accounts');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('register.nav.expertAccounts')}</Typography.Title>
      <ActionForm<Grant> type="primary" form={form} label={t('register.accounts.grant')} name="expert-grant" done={done} initialValues={{ roles: ['REVIEWER'] }}
        run={(body) => call(society.POST('/api/societies/expert-accounts', { body }))}>
        <Form.Item name="expertId" label={t('register.accounts.expert')} rules={[{ required: true }]}>
          <ExpertPicker onPick={(e) => form.setFieldValue('email', e.email)} />
        </Form.Item>
        <Form.Item name="email" label={t('account.email')} rules={[{ required: true }, { type: 'email' }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="roles" label={t('register.accounts.roles')} rules={[{ required: true }]}>
          <Checkbox.Group options={EXPERT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
      </ActionForm>
      <ProblemAlert error={error} />
      <Table<ExpertAccount>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data}
        pagination={{ pageSize: 20, showSizeChanger: true }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('account.name'), dataIndex: 'name', sorter: (a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN') },
          { title: t('account.email'), dataIndex: 'email' },
          { title: t('register.accounts.roles'), dataIndex: 'roles', render: (roles: string[]) => roles?.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>) },
          { title: t('account.state'), dataIndex: 'state', render: (v, a) => <>{<StatusTag value={v} />} {a.problem}</> },
          { title: t('account.synced'), dataIndex: 'synced', render: (v) => (v ? t('common.yes') : t('common.no')) },
          { title: t('register.accounts.grantedAt'), dataIndex: 'grantedAt', render: (v) => shanghai(v) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) => (
              <Space wrap align="start">
                {(a.roles ?? []).map((role) => (
                  <ActionButton key={role} size="small" label={t('register.accounts.revoke', { role: t(`role.${role}`) })}
                    confirm={t('register.accounts.revokeConfirm')} done={done}
                    run={() => call(society.DELETE('/api/societies/expert-accounts/{accountId}/roles/{role}', { params: { path: { accountId: a.id!, role: role as 'REVIEWER' } } }))} />
                ))}
                {a.state === 'ACTIVE' && (
                  <OneTimePasswordButton issue={() => call(society.POST('/api/societies/expert-accounts/{accountId}/one-time-password', { params: { path: { accountId: a.id! } } }))} />
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
