import { useQuery } from '@tanstack/react-query';
import { Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import { call, society } from '../../api/client';
import type { components } from '../../api/schema/society';
import { useAuth } from '../../auth/AuthProvider';
import type { Session } from '../../auth/session';
import { useEnumLabel } from '../../components/lists';
import { CATEGORIES, HEALTH_TIERS } from '../Societies';
import { ActionButton, ActionForm, DATE, useRefresh } from './actions';

type Details = components['schemas']['SocietyDetails'];
type Profile = components['schemas']['SocietyProfile'];
type Correction = components['schemas']['Correction'];
type Party = components['schemas']['PartyOrganisation'];
type Health = components['schemas']['HealthRating'];
type Reason = components['schemas']['Reason'];
type Secretariat = components['schemas']['SecretariatDetails'];

export type LifecycleAction =
  | 'secretariat' | 'foundingApplication' | 'submission' | 'return' | 'preApproval' | 'joining'
  | 'partyOrganisation' | 'healthTier' | 'correction' | 'resolution' | 'liquidation' | 'consent';

/**
 * The steps open to this person on this society now, as society-service allows them (README
 * "Ways onto the register", "Who edits what"): the status's allowed moves, ADMIN's steps, and a
 * secretary only on its own society. A closed record (disqualified, deregistered) takes ADMIN's
 * correction alone.
 */
export function lifecycleActions(s: Pick<Details, 'id' | 'status' | 'deregistrationStage'>, session: Session): LifecycleAction[] {
  const admin = session.roles.includes('ADMIN');
  const own = session.roles.includes('SOCIETY_SECRETARY') && session.societyId === s.id;
  const edits = admin || own;
  const closed = s.status === 'DISQUALIFIED' || s.status === 'DEREGISTERED';
  const steps: [LifecycleAction, boolean][] = [
    ['foundingApplication', edits && s.status === 'DRAFT'],
    ['submission', edits && s.status === 'DRAFT'],
    ['return', admin && s.status === 'SUBMITTED'],
    ['preApproval', admin && s.status === 'SUBMITTED'],
    ['joining', admin && s.status === 'JOINING'],
    ['secretariat', edits && !closed],
    ['partyOrganisation', edits && !closed],
    ['healthTier', admin && !closed],
    ['resolution', edits && (s.status === 'ACTIVE' || s.status === 'DISQUALIFIED')],
    ['liquidation', admin && s.status === 'DEREGISTERING' && s.deregistrationStage === 'RESOLVED'],
    ['consent', admin && s.status === 'DEREGISTERING' && s.deregistrationStage === 'LIQUIDATED'],
    ['correction', admin],
  ];
  return steps.filter(([, allowed]) => allowed).map(([step]) => step);
}

/** The host-unit catalogue as choices (a society's host unit must be one of them). */
export function HostUnitSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const units = useQuery({ queryKey: ['host-units'], queryFn: () => call(society.GET('/api/societies/host-units', {})) });
  return (
    <Select
      {...props}
      showSearch
      loading={units.isFetching}
      options={(units.data ?? []).map((u) => ({ value: u.name, label: u.name }))}
    />
  );
}

/** The registered details a founding application, an import and ADMIN's correction share. */
export function ProfileFields() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <>
      <Form.Item name="name" label={t('society.name')} rules={[{ required: true }, { max: 100 }]}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item name="shortName" label={t('society.shortName')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="disciplineCategory" label={t('society.category')} rules={[{ required: true }]}>
          <Select style={{ minWidth: 160 }} options={CATEGORIES.map((v) => ({ value: v, label: label(v) }))} />
        </Form.Item>
      </Space>
      <Form.Item name="hostUnit" label={t('society.hostUnit')} rules={[{ required: true }]}>
        <HostUnitSelect />
      </Form.Item>
      <Space wrap>
        <Form.Item name="individualMembers" label={t('society.individualMembers')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="unitMembers" label={t('society.unitMembers')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="assets" label={t('society.assets')}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="termYears" label={t('society.termYears')}>
          <InputNumber min={1} max={10} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="legalRepresentative" label={t('society.legalRepresentative')}>
          <Input />
        </Form.Item>
        <Form.Item name="foundedOn" label={t('society.foundedOn')}>
          <Input {...DATE} />
        </Form.Item>
      </Space>
      <Form.Item name="address" label={t('society.address')}>
        <Input />
      </Form.Item>
    </>
  );
}

function ReasonField({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="reason" label={label ?? t('register.reason')} rules={[{ required: true }, { max: 500 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}

/** What the society's record holds, as the profile forms start from (money as its exact string). */
function profileOf(s: Details): Partial<Profile> {
  return {
    name: s.name, shortName: s.shortName, disciplineCategory: s.disciplineCategory, hostUnit: s.hostUnit,
    foundedOn: s.foundedOn, individualMembers: s.individualMembers, unitMembers: s.unitMembers,
    assets: s.assets === undefined || s.assets === null ? undefined : (String(s.assets) as unknown as number),
    address: s.address, legalRepresentative: s.legalRepresentative, termYears: s.termYears,
    website: s.website, description: s.description, contacts: s.contacts,
  };
}

/** A society's lifecycle steps, each shown only when its status and the caller's role allow it. */
export function LifecycleActions({ details }: { details: Details }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { session } = useAuth();
  const refresh = useRefresh();
  const id = details.id!;
  const path = { params: { path: { id } } };
  const done = () => refresh('society', 'audit', 'societies');
  const steps = lifecycleActions(details, session);
  if (steps.length === 0) return null;
  const has = (step: LifecycleAction) => steps.includes(step);
  return (
    <Card size="small" title={t('register.lifecycle.title')}>
      <Space wrap align="start">
        {has('submission') && (
          <ActionButton type="primary" label={t('register.lifecycle.submission')} confirm={t('register.lifecycle.submissionConfirm')}
            run={() => call(society.POST('/api/societies/{id}/submission', path))} done={done} />
        )}
        {has('foundingApplication') && (
          <ActionForm<Profile> label={t('register.lifecycle.foundingApplication')} name={`founding-application-${id}`}
            initialValues={profileOf(details)} done={done}
            run={(body) => call(society.PUT('/api/societies/{id}/founding-application', { ...path, body }))}>
            <ProfileFields />
          </ActionForm>
        )}
        {has('preApproval') && (
          <ActionButton type="primary" label={t('register.lifecycle.preApproval')} confirm={t('register.lifecycle.preApprovalConfirm')}
            run={() => call(society.POST('/api/societies/{id}/pre-approval', path))} done={done} />
        )}
        {has('return') && (
          <ActionForm<Reason> label={t('register.lifecycle.return')} name={`return-${id}`} done={done}
            run={(body) => call(society.POST('/api/societies/{id}/return', { ...path, body }))}>
            <ReasonField label={t('register.lifecycle.returnReason')} />
          </ActionForm>
        )}
        {has('joining') && (
          <ActionButton type="primary" label={t('register.lifecycle.joining')} confirm={t('register.lifecycle.joiningConfirm')}
            run={() => call(society.POST('/api/societies/{id}/joining', path))} done={done} />
        )}
        {has('secretariat') && (
          <ActionForm<Secretariat> label={t('register.lifecycle.secretariat')} name={`secretariat-${id}`} done={done}
            initialValues={{ address: details.address, website: details.website, description: details.description, contacts: details.contacts }}
            run={(body) => call(society.PUT('/api/societies/{id}', { ...path, body }))}>
            <Form.Item name="address" label={t('society.address')} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="website" label={t('society.website')} rules={[{ max: 200 }]}>
              <Input inputMode="url" />
            </Form.Item>
            <Form.Item name="description" label={t('society.description')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
        )}
        {has('partyOrganisation') && (
          <ActionForm<Party> label={t('register.lifecycle.partyOrganisation')} name={`party-${id}`} done={done}
            initialValues={details.partyOrganisation ?? { form: 'NONE' }}
            run={(body) => call(society.PUT('/api/societies/{id}/party-organisation', { ...path, body }))}>
            <Form.Item name="form" label={t('society.partyOrganisation')} rules={[{ required: true }]}>
              <Select options={['NONE', 'STANDALONE', 'JOINT', 'INSTRUCTOR_ASSIGNED'].map((v) => ({ value: v, label: label(v) }))} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="establishedOn" label={t('register.lifecycle.establishedOn')}>
                <Input {...DATE} />
              </Form.Item>
              <Form.Item name="memberCount" label={t('register.lifecycle.partyMembers')}>
                <InputNumber min={0} />
              </Form.Item>
            </Space>
          </ActionForm>
        )}
        {has('healthTier') && (
          <ActionForm<Health> label={t('register.lifecycle.healthTier')} name={`health-${id}`} done={done}
            initialValues={{ healthTier: details.healthTier }}
            run={(body) => call(society.PUT('/api/societies/{id}/health-tier', { ...path, body }))}>
            <Form.Item name="healthTier" label={t('society.healthTier')} rules={[{ required: true }]}>
              <Select options={HEALTH_TIERS.map((v) => ({ value: v, label: label(v) }))} />
            </Form.Item>
            <Form.Item name="reason" label={t('register.reason')} rules={[{ max: 500 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </ActionForm>
        )}
        {has('resolution') && (
          <ActionForm<Reason> danger label={t('register.lifecycle.resolution')} name={`resolution-${id}`} done={done}
            run={(body) => call(society.POST('/api/societies/{id}/deregistration/resolution', { ...path, body }))}>
            <ReasonField label={t('register.lifecycle.resolutionReason')} />
          </ActionForm>
        )}
        {has('liquidation') && (
          <ActionButton label={t('register.lifecycle.liquidation')} confirm={t('register.lifecycle.liquidationConfirm')}
            run={() => call(society.POST('/api/societies/{id}/deregistration/liquidation', path))} done={done} />
        )}
        {has('consent') && (
          <ActionButton danger label={t('register.lifecycle.consent')} confirm={t('register.lifecycle.consentConfirm')}
            run={() => call(society.POST('/api/societies/{id}/deregistration/consent', path))} done={done} />
        )}
        {has('correction') && (
          <ActionForm<Correction> label={t('register.lifecycle.correction')} name={`correction-${id}`} done={done}
            initialValues={profileOf(details) as Partial<Correction>}
            run={(body) => call(society.PUT('/api/societies/{id}/correction', { ...path, body }))}>
            <ProfileFields />
            <ReasonField label={t('register.lifecycle.correctionReason')} />
          </ActionForm>
        )}
      </Space>
    </Card>
  );
}
