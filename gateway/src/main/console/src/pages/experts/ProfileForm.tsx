import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, society } from '../../api/client';
import type { components } from '../../api/schema/expert';
import { ProblemForm } from '../../components/ProblemForm';
import { useEnumLabel } from '../../components/lists';
import { readDraft } from '../../drafts';
import { CATEGORIES, TITLE_LEVELS } from './options';

export type Profile = components['schemas']['ExpertProfile'];
type Expert = components['schemas']['ExpertView'];

/** The profile of an expert as the API takes it, from what it shows (personal data only when in clear). */
export function profileOf(e: Expert): Profile {
  return {
    name: e.name ?? '',
    gender: e.gender,
    birthYear: e.birthYear,
    employer: e.employer ?? '',
    title: e.title ?? '',
    titleLevel: e.titleLevel ?? 'NONE',
    category: e.category ?? 'SCIENCE',
    societies: (e.societies ?? []).map((s) => s.id ?? ''),
    expertise: e.expertise ?? [],
    ...(e.personalDataMasked ? {} : { phone: e.phone || undefined, idNumber: e.idNumber || undefined, email: e.email || undefined }),
  };
}

/** A society picker searching the register by name (only ADMIN changes an expert's societies). */
export function SocietySelect(props: { value?: string | string[]; onChange?: (v: string | string[]) => void; mode?: 'multiple'; known?: { id?: string; name?: string }[] }) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['society-pick', q],
    queryFn: () => call(society.GET('/api/societies', { params: { query: { filter: { q: q || undefined }, page: { size: 20 } } } })),
  });
  const options = new Map<string, string>();
  (props.known ?? []).forEach((s) => s.id && options.set(s.id, s.name ?? s.id));
  (found.data?.content ?? []).forEach((s) => s.id && options.set(s.id, s.name ?? s.id));
  const { known: _known, ...rest } = props;
  return (
    <Select
      {...rest}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={[...options].map(([value, label]) => ({ value, label }))}
    />
  );
}

/** The profile form: ADMIN or the expert; the societies only ADMIN may change (they decide recusal). */
export function ProfileFields({ admin, known, prefix = [] }: { admin: boolean; known?: { id?: string; name?: string }[]; prefix?: string[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const n = (name: string) => [...prefix, name];
  return (
    <>
      <Space wrap>
        <Form.Item name={n('name')} label={t('expert.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name={n('gender')} label={t('pools.gender')}>
          <Select allowClear style={{ minWidth: 100 }} options={['MALE', 'FEMALE'].map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
        <Form.Item name={n('birthYear')} label={t('pools.birthYear')}>
          <InputNumber min={1900} max={2015} />
        </Form.Item>
      </Space>
      <Form.Item name={n('employer')} label={t('expert.employer')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item name={n('title')} label={t('expert.title')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name={n('titleLevel')} label={t('pools.titleLevel')} rules={[{ required: true }]}>
          <Select style={{ minWidth: 120 }} options={TITLE_LEVELS.map((v) => ({ value: v, label: v === 'NONE' ? t('pools.noTitle') : label(v) }))} />
        </Form.Item>
        <Form.Item name={n('category')} label={t('pools.category')} rules={[{ required: true }]}>
          <Select style={{ minWidth: 120 }} options={CATEGORIES.map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
      </Space>
      <Form.Item name={n('expertise')} label={t('expert.expertise')} extra={t('pools.expertiseHint')}>
        <Select mode="tags" tokenSeparators={['，', ',']} open={false} suffixIcon={null} />
      </Form.Item>
      {prefix.length === 0 && (
        admin ? (
          <Form.Item name={n('societies')} label={t('pools.societies')}>
            <SocietySelect mode="multiple" known={known} />
          </Form.Item>
        ) : (
          // shown, not offered: only ADMIN changes them, and the service compares them with the stored ones
          <Form.Item label={t('pools.societies')} extra={t('pools.societiesAdminOnly')}>
            {(known ?? []).map((s) => s.name).join('，')}
          </Form.Item>
        )
      )}
      <Space wrap>
        <Form.Item name={n('phone')} label={t('account.phone')} rules={[{ pattern: /^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$/, message: t('pools.phoneInvalid') }]}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name={n('email')} label={t('account.email')} rules={[{ type: 'email', max: 100 }]}>
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name={n('idNumber')} label={t('pools.idNumber')} rules={[{ pattern: /^[0-9]{17}[0-9X]$/, message: t('pools.idNumberInvalid') }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Space>
    </>
  );
}

/** Changing a profile (PUT /api/experts/{id}); the draft survives a new sign-in. */
export function ProfileForm({ expert, admin, onSaved, save }: { expert: Expert; admin: boolean; onSaved: () => void; save: (p: Profile) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Profile>();
  const draftKey = `expert-profile:${expert.id}`;
  useEffect(() => {
    if (!readDraft(draftKey)) form.setFieldsValue(profileOf(expert));
  }, [expert, form, draftKey]);
  return (
    <ProblemForm<Profile>
      form={form}
      name="expert-profile"
      draftKey={draftKey}
      onSubmit={async (values) => {
        // personal data left blank while masked stays as it is: send only what was typed
        const body = Object.fromEntries(Object.entries({ ...profileOf(expert), ...values }).filter(([, v]) => v !== '' && v !== null && v !== undefined)) as Profile;
        await save(body);
        onSaved();
      }}
    >
      <ProfileFields admin={admin} known={expert.societies} />
      <Button type="primary" htmlType="submit">
        {t('common.save')}
      </Button>
    </ProblemForm>
  );
}
