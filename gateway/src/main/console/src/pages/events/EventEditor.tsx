import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';

import { call, events } from '../../api/client';
import type { components } from '../../api/schema/event';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { EVENT_KINDS, SocietySelect, fromShanghai, shanghaiYear, toShanghai } from './shared';

type EventView = components['schemas']['EventView'];
type EventRequest = components['schemas']['EventRequest'];
type Speaker = components['schemas']['SpeakerRequest'];

/** The form's values: times as typed on the association's clock (`datetime-local`), sent as UTC instants. */
export interface EventValues extends Omit<EventRequest, 'startsAt' | 'endsAt' | 'subForums'> {
  startsAt?: string;
  endsAt?: string;
  subForums?: (Omit<NonNullable<EventRequest['subForums']>[number], 'startsAt' | 'endsAt'> & { startsAt?: string; endsAt?: string })[];
}

export function toRequest(values: EventValues): EventRequest {
  return {
    ...values,
    startsAt: fromShanghai(values.startsAt)!,
    endsAt: fromShanghai(values.endsAt)!,
    speakers: (values.speakers ?? []).filter((s) => s?.name || s?.expertId),
    subForums: (values.subForums ?? []).map((f) => ({ ...f, startsAt: fromShanghai(f.startsAt)!, endsAt: fromShanghai(f.endsAt)!, speakers: (f.speakers ?? []).filter((s) => s?.name || s?.expertId) })),
  } as EventRequest;
}

function toValues(event: EventView): EventValues {
  const speakers = (list?: components['schemas']['SpeakerView'][]): Speaker[] =>
    (list ?? []).map((s) => ({ expertId: s.expertId, name: s.name, title: s.title, employer: s.employer, topic: s.topic }));
  return {
    organiserId: event.organiser?.id,
    plannedEventId: event.plannedEventId,
    coOrganiserIds: (event.coOrganisers ?? []).map((s) => s.id!),
    title: event.title!,
    titleEn: event.titleEn,
    kind: event.kind!,
    startsAt: toShanghai(event.startsAt),
    endsAt: toShanghai(event.endsAt),
    venue: event.venue!,
    city: event.city,
    capacity: event.capacity!,
    registrationMode: event.registrationMode,
    description: event.description,
    speakers: speakers(event.speakers),
    subForums: (event.subForums ?? []).map((f) => ({
      id: f.id,
      title: f.title!,
      titleEn: f.titleEn,
      startsAt: toShanghai(f.startsAt),
      endsAt: toShanghai(f.endsAt),
      venue: f.venue!,
      capacity: f.capacity!,
      speakers: speakers(f.speakers),
    })),
  };
}

/** Creating (`/events/new`) or changing (`/events/:id/edit`) an event: the organiser's secretariat or ADMIN. */
export function EventEditor() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery({
    queryKey: ['event', id],
    enabled: Boolean(id),
    queryFn: () => call(events.GET('/api/events/{id}', { params: { path: { id: id! } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={2}>{id ? t('events.event.edit') : t('events.event.new')}</Typography.Title>
      <ProblemAlert error={existing.error} />
      {(!id || existing.data) && <EventForm event={existing.data} />}
    </Space>
  );
}

export function EventForm({ event }: { event?: EventView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useAuth();
  const admin = hasAny(session, ['ADMIN']);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<EventValues>();
  const organiser = Form.useWatch('organiserId', form) ?? (admin ? undefined : session.societyId);
  const startsAt = Form.useWatch('startsAt', form);
  const planYear = startsAt ? Number(startsAt.slice(0, 4)) : shanghaiYear();
  const plans = useQuery({
    queryKey: ['plans', planYear, 'month', organiser],
    enabled: !event && Boolean(organiser),
    queryFn: () => call(events.GET('/api/events/plans', { params: { query: { year: planYear, sort: 'month', societyId: organiser } } })),
  });
  const initial: Partial<EventValues> = event ? toValues(event) : { organiserId: admin ? undefined : session.societyId, registrationMode: 'PUBLIC', kind: 'LECTURE' };

  return (
    <Card size="small">
      <ProblemForm<EventValues>
        form={form}
        name="event"
        draftKey={`event:${event?.id ?? 'new'}:${session.username}`}
        initialValues={initial}
        onSubmit={async (values) => {
          const body = toRequest({ ...values, organiserId: values.organiserId ?? session.societyId });
          const saved = event
            ? await call(events.PUT('/api/events/{id}', { params: { path: { id: event.id! } }, body }))
            : await call(events.POST('/api/events', { body }));
          message.success(t('common.saved'));
          await queries.invalidateQueries({ queryKey: ['events'] });
          await queries.invalidateQueries({ queryKey: ['event', saved.id] });
          navigate(`/events/${saved.id}`);
        }}
      >
        {admin && !event && (
          <Form.Item name="organiserId" label={t('event.organiser')} rules={[{ required: true }]}>
            <SocietySelect />
          </Form.Item>
        )}
        <Form.Item name="coOrganiserIds" label={t('events.event.coOrganisers')}>
          <SocietySelect mode="multiple" />
        </Form.Item>
        <Form.Item name="title" label={t('event.title')} rules={[{ required: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="titleEn" label={t('events.event.titleEn')} rules={[{ max: 300 }]}>
          <Input lang="en" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="kind" label={t('event.kind')} rules={[{ required: true }]}>
            <Select style={{ minWidth: 160 }} options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.eventKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="startsAt" label={t('events.event.startsAt')} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('events.event.endsAt')} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
        </Space>
        {!event && (
          <Form.Item name="plannedEventId" label={t('events.event.plan')} extra={t('events.event.planHint')}>
            <Select
              allowClear
              loading={plans.isFetching}
              options={(plans.data ?? []).map((p) => ({ value: p.id, label: t('events.event.planOption', { month: p.plannedMonth, title: p.title }) }))}
            />
          </Form.Item>
        )}
        <Space wrap align="start">
          <Form.Item name="venue" label={t('event.venue')} rules={[{ required: true }, { max: 200 }]}>
            <Input style={{ minWidth: 240 }} />
          </Form.Item>
          <Form.Item name="city" label={t('events.event.city')} rules={[{ max: 40 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="capacity" label={t('event.capacity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100_000} />
          </Form.Item>
        </Space>
        <Form.Item name="registrationMode" label={t('events.event.mode')}>
          <Radio.Group
            options={[
              { value: 'PUBLIC', label: t('events.event.modes.PUBLIC') },
              { value: 'INVITATION', label: t('events.event.modes.INVITATION') },
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label={t('events.event.description')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Speakers name={['speakers']} />
        <Form.List name="subForums">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Title level={4}>{t('events.event.subForums')}</Typography.Title>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('events.event.subForum', { n: field.name + 1 })}
                  extra={
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('events.event.removeSubForum', { n: field.name + 1 })} />
                  }
                >
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} label={t('event.title')} rules={[{ required: true }, { max: 200 }]}>
                    <Input />
                  </Form.Item>
                  <Space wrap align="start">
                    <Form.Item name={[field.name, 'startsAt']} label={t('events.event.startsAt')} rules={[{ required: true }]}>
                      <Input type="datetime-local" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'endsAt']} label={t('events.event.endsAt')} rules={[{ required: true }]}>
                      <Input type="datetime-local" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'venue']} label={t('event.venue')} rules={[{ required: true }, { max: 200 }]}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'capacity']} label={t('event.capacity')} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100_000} />
                    </Form.Item>
                  </Space>
                  <Speakers name={[field.name, 'speakers']} />
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ speakers: [] })}>
                {t('events.event.addSubForum')}
              </Button>
            </Space>
          )}
        </Form.List>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(event ? `/events/${event.id}` : '/events')}>{t('common.cancel')}</Button>
        </Space>
      </ProblemForm>
    </Card>
  );
}

/** Speakers named by hand (an external guest, or a pool expert by name). */
function Speakers({ name }: { name: (string | number)[] }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Typography.Text strong>{t('events.event.speakers')}</Typography.Text>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              {/* a pool expert stays linked by id; the service shows them as the pool knows them */}
              <Form.Item name={[field.name, 'expertId']} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} label={t('events.event.speakerName')} rules={[{ required: true }, { max: 40 }]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'title']} label={t('events.event.speakerTitle')} rules={[{ max: 60 }]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'employer']} label={t('events.event.speakerEmployer')} rules={[{ max: 100 }]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'topic']} label={t('events.event.speakerTopic')} rules={[{ max: 200 }]}>
                <Input />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('events.event.removeSpeaker')} style={{ marginTop: 30 }} />
            </Space>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add()}>
            {t('events.event.addSpeaker')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
