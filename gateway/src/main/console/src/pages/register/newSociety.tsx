import { Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { call, society } from '../../api/client';
import type { components } from '../../api/schema/society';
import { useAuth } from '../../auth/AuthProvider';
import { useEnumLabel } from '../../components/lists';
import { HEALTH_TIERS } from '../Societies';
import { ActionForm, DATE } from './actions';
import { ProfileFields } from './lifecycle';

type NewSociety = components['schemas']['NewSociety'];
type Details = components['schemas']['SocietyDetails'];

/**
 * ADMIN's three ways onto the register (README "Ways onto the register"): a founding application
 * (申请成立), a society transferring in from another bureau, or one already registered, entered
 * with the reason. Each opens the new society's page.
 */
export function NewSocietyButtons() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { session } = useAuth();
  if (!session.roles.includes('ADMIN')) return null;
  const opened = (result: unknown) => navigate(`/societies/${(result as Details).id}`);
  return (
    <Space wrap>
      <ActionForm<NewSociety> label={t('register.new.founding')} name="new-founding" done={opened}
        run={(body) => call(society.POST('/api/societies/founding-applications', { body }))}>
        <ProfileFields />
      </ActionForm>
      <ActionForm<NewSociety> label={t('register.new.transfer')} name="new-transfer" done={opened}
        run={(body) => call(society.POST('/api/societies/transfers', { body }))}>
        <ProfileFields />
        <Space wrap>
          <Form.Item name="creditCode" label={t('society.creditCode')}>
            <Input />
          </Form.Item>
          <Form.Item name="registeredOn" label={t('society.registeredOn')}>
            <Input {...DATE} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('register.reason')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </ActionForm>
      <ActionForm<NewSociety> label={t('register.new.existing')} name="new-existing" done={opened}
        run={(body) => call(society.POST('/api/societies', { body }))}>
        <ProfileFields />
        <Space wrap>
          <Form.Item name="creditCode" label={t('society.creditCode')}>
            <Input />
          </Form.Item>
          <Form.Item name="registeredOn" label={t('society.registeredOn')}>
            <Input {...DATE} />
          </Form.Item>
          <Form.Item name="joinedOn" label={t('society.joinedOn')}>
            <Input {...DATE} />
          </Form.Item>
          <Form.Item name="healthTier" label={t('society.healthTier')}>
            <Select allowClear style={{ minWidth: 140 }} options={HEALTH_TIERS.map((v) => ({ value: v, label: label(v) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </ActionForm>
    </Space>
  );
}
