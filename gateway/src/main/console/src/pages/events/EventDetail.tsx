import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';

import { call, download, events } from '../../api/client';
import type { components } from '../../api/schema/event';
import { useAuth } from '../../auth/AuthProvider';
import { hasAny } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemForm } from '../../components/ProblemForm';
import { ExportButton, StatusTag, shanghai, scrollWhenRows } from '../../components/lists';

type EventView = components['schemas']['EventView'];
type Registration = components['schemas']['RegistrationView'];

/** One event: its record, what its organisers may do with it, and its registrations, invitations and attendance. */
export function EventDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { session } = useAuth();
  const [params, setParams] = useSearchParams();
  const { data: event, error } = useQuery({
    queryKey: ['event', id],
    queryFn: () => call(events.GET('/api/events/{id}', { params: { path: { id } } })),
  });
  const admin = hasAny(session, ['ADMIN']);
  const manages = Boolean(event) && (admin || session.societyId === event?.organiser?.id);
  const involved = manages || (Boolean(session.societyId) && (event?.coOrganisers ?? []).some((s) => s.id === session.societyId));
  const editor = hasAny(session, ['EDITOR']);

  const tabs = [
    { key: 'record', label: t('events.event.record'), children: event && <Record event={event} /> },
    ...(involved || editor ? [{ key: 'registrations', label: t('event.registrations'), children: <Registrations eventId={id} manages={manages} /> }] : []),
    ...(manages && event?.registrationMode === 'INVITATION' ? [{ key: 'invitations', label: t('events.event.invitations'), children: <Invitations eventId={id} /> }] : []),
    ...(involved || editor ? [{ key: 'attendance', label: t('event.attendance'), children: event && <AttendanceTab event={event} manages={manages} /> }] : []),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{event?.title ?? '…'}</Typography.Title>
      <ProblemAlert error={error} />
      {event && manages && <Actions event={event} />}
      <Tabs activeKey={params.get('tab') ?? 'record'} onChange={(tab) => setParams({ tab }, { replace: true })} items={tabs} />
    </Space>
  );
}

function Record({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const speakers = (list?: components['schemas']['SpeakerView'][]) =>
    (list ?? []).map((s) => [s.name, s.title, s.employer, s.topic && `《${s.topic}》`].filter(Boolean).join(' ')).join('；');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('common.status')}>
          <StatusTag value={event.status} /> {event.statusReason}
        </Descriptions.Item>
        <Descriptions.Item label={t('event.kind')}>{event.kindLabel}</Descriptions.Item>
        <Descriptions.Item label={t('event.organiser')}>{event.organiser?.name}</Descriptions.Item>
        <Descriptions.Item label={t('events.event.coOrganisers')}>{(event.coOrganisers ?? []).map((s) => s.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('events.event.startsAt')}>{shanghai(event.startsAt)}</Descriptions.Item>
        <Descriptions.Item label={t('events.event.endsAt')}>{shanghai(event.endsAt)}</Descriptions.Item>
        <Descriptions.Item label={t('event.venue')}>{[event.city, event.venue].filter(Boolean).join(' ')}</Descriptions.Item>
        <Descriptions.Item label={t('event.capacity')}>{event.capacity}</Descriptions.Item>
        <Descriptions.Item label={t('events.event.mode')}>{t(`events.event.modes.${event.registrationMode ?? 'PUBLIC'}`)}</Descriptions.Item>
        <Descriptions.Item label={t('event.session')}>{event.academicHallSession}</Descriptions.Item>
        <Descriptions.Item label={t('events.event.titleEn')}>
          <span lang="en">{event.titleEn}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('events.event.speakers')}>{speakers(event.speakers)}</Descriptions.Item>
        <Descriptions.Item label={t('events.event.description')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{event.description}</span>
        </Descriptions.Item>
      </Descriptions>
      {(event.subForums ?? []).length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          scroll={scrollWhenRows(event.subForums, 700)}
          dataSource={event.subForums}
          columns={[
            { title: t('events.event.subForums'), dataIndex: 'title' },
            { title: t('events.event.startsAt'), dataIndex: 'startsAt', render: (v) => shanghai(v) },
            { title: t('events.event.endsAt'), dataIndex: 'endsAt', render: (v) => shanghai(v) },
            { title: t('event.venue'), dataIndex: 'venue' },
            { title: t('event.capacity'), dataIndex: 'capacity' },
            { title: t('events.event.speakers'), dataIndex: 'speakers', render: (s) => speakers(s) },
          ]}
        />
      )}
      {event.status !== 'DRAFT' && <a href={`/site/societies/${event.organiser?.id}`}>{t('events.event.publicRecord')}</a>}
    </Space>
  );
}

/** What the organiser's secretariat or ADMIN does next: edit, publish, record as held, cancel. */
function Actions({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [cancelling, setCancelling] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const id = event.id!;
  const done = async (text: string) => {
    message.success(text);
    await queries.invalidateQueries({ queryKey: ['event', id] });
    await queries.invalidateQueries({ queryKey: ['events'] });
  };
  const step = (what: 'publication' | 'held') => async () => {
    setError(undefined);
    try {
      if (what === 'publication') await call(events.POST('/api/events/{id}/publication', { params: { path: { id } } }));
      else await call(events.POST('/api/events/{id}/held', { params: { path: { id } } }));
      await done(t(what === 'publication' ? 'events.event.published' : 'events.event.held'));
    } catch (e) {
      setError(e);
    }
  };
  const open = event.status === 'DRAFT' || event.status === 'PUBLISHED';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {open && <Button onClick={() => navigate(`/events/${id}/edit`)}>{t('events.event.edit')}</Button>}
        {event.status === 'DRAFT' && (
          <Button type="primary" onClick={step('publication')}>
            {t('events.event.publish')}
          </Button>
        )}
        {event.status === 'PUBLISHED' && <Button onClick={step('held')}>{t('events.event.markHeld')}</Button>}
        {open && (
          <Button danger onClick={() => setCancelling(true)}>
            {t('events.event.cancel')}
          </Button>
        )}
      </Space>
      <ProblemAlert error={error} />
      <Modal open={cancelling} title={t('events.event.cancel')} footer={null} onCancel={() => setCancelling(false)} destroyOnHidden>
        <ProblemForm<{ reason: string }>
          form={form}
          name={`cancel-${id}`}
          draftKey={`event-cancel:${id}`}
          onSubmit={async (body) => {
            await call(events.POST('/api/events/{id}/cancellation', { params: { path: { id } }, body }));
            setCancelling(false);
            await done(t('events.event.cancelled'));
          }}
        >
          <Form.Item name="reason" label={t('events.event.reason')} rules={[{ required: true }, { max: 500 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" danger htmlType="submit">
            {t('events.event.cancel')}
          </Button>
        </ProblemForm>
      </Modal>
    </Space>
  );
}

const REGISTRATION_STATUSES = ['ADMITTED', 'WAITING', 'CANCELLED'];

/** Who signed up (phones masked unless the caller may see them); the organiser exports the xlsx and prints certificates. */
function Registrations({ eventId, manages }: { eventId: string; manages: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>();
  const [q, setQ] = useState('');
  const [error, setError] = useState<unknown>();
  const { data, error: loadError, isFetching } = useQuery({
    queryKey: ['registrations', eventId],
    queryFn: () => call(events.GET('/api/events/{id}/registrations', { params: { path: { id: eventId } } })),
  });
  const shown = (data ?? []).filter((r) => (!status || r.status === status) && (!q || `${r.name}${r.organisation}${r.ticketCode}`.includes(q)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap align="start">
        <label htmlFor="registration-status">{t('common.status')}</label>
        <Select
          id="registration-status"
          allowClear
          style={{ minWidth: 140 }}
          value={status}
          onChange={setStatus}
          options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`enum.${s}`) }))}
        />
        <label htmlFor="registration-search">{t('events.event.searchRegistrations')}</label>
        <Input.Search id="registration-search" allowClear onSearch={setQ} style={{ maxWidth: 260 }} />
        {manages && <ExportButton path={`/api/events/${eventId}/registrations.xlsx`} query={{}} />}
      </Space>
      <ProblemAlert error={loadError ?? error} />
      <Table<Registration>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={shown}
        pagination={{ showTotal: (count) => t('common.total', { count }), showSizeChanger: true }}
        scroll={scrollWhenRows(shown, 1000)}
        columns={[
          { title: t('events.event.name'), dataIndex: 'name' },
          { title: t('events.event.organisation'), dataIndex: 'organisation' },
          { title: t('events.event.city'), dataIndex: 'city' },
          { title: t('events.event.phone'), dataIndex: 'phone' },
          { title: t('events.event.subForums'), dataIndex: 'subForumTitle' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s, r) => (
              <>
                <StatusTag value={s} />
                {r.waitingPosition ? t('events.event.waiting', { n: r.waitingPosition }) : ''}
              </>
            ),
          },
          { title: t('event.ticketCode'), dataIndex: 'ticketCode' },
          { title: t('events.event.registeredAt'), dataIndex: 'registeredAt', render: (v) => shanghai(v), sorter: (a, b) => String(a.registeredAt).localeCompare(String(b.registeredAt)) },
          ...(manages
            ? [
                {
                  title: t('events.event.certificate'),
                  key: 'certificate',
                  render: (_: unknown, r: Registration) =>
                    r.status === 'ADMITTED' && (
                      <Button
                        size="small"
                        onClick={() => {
                          setError(undefined);
                          download(`/api/events/${eventId}/registrations/${r.id}/certificate.pdf`, {}, `certificate-${r.ticketCode}.pdf`).catch(setError);
                        }}
                      >
                        {t('events.event.certificatePdf')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

/** Invitation codes of an invitation-only event. */
function Invitations({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [form] = Form.useForm<{ invitee: string; organisation?: string }>();
  const { data, error, isFetching } = useQuery({
    queryKey: ['invitations', eventId],
    queryFn: () => call(events.GET('/api/events/{id}/invitations', { params: { path: { id: eventId } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemForm<{ invitee: string; organisation?: string }>
        form={form}
        name="invitation"
        layout="inline"
        onSubmit={async (body) => {
          await call(events.POST('/api/events/{id}/invitations', { params: { path: { id: eventId } }, body }));
          form.resetFields();
          await queries.invalidateQueries({ queryKey: ['invitations', eventId] });
        }}
      >
        <Form.Item name="invitee" label={t('events.event.invitee')} rules={[{ required: true }, { max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="organisation" label={t('events.event.organisation')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('events.event.invite')}
        </Button>
      </ProblemForm>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data}
        scroll={scrollWhenRows(data, 600)}
        columns={[
          { title: t('events.event.invitee'), dataIndex: 'invitee' },
          { title: t('events.event.organisation'), dataIndex: 'organisation' },
          { title: t('events.event.code'), dataIndex: 'code', render: (c) => <code>{c}</code> },
          { title: t('events.event.invitedAt'), dataIndex: 'createdAt', render: (v) => shanghai(v) },
          { title: t('events.event.invitedBy'), dataIndex: 'createdBy' },
        ]}
      />
    </Space>
  );
}

/** Who came: overall (each person once), per sub-forum, by city; outreach beneficiaries before it is closed as held. */
function AttendanceTab({ event, manages }: { event: EventView; manages: boolean }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [form] = Form.useForm<{ beneficiaries: number; note?: string }>();
  const id = event.id!;
  const { data, error, isFetching } = useQuery({
    queryKey: ['attendance', id],
    queryFn: () => call(events.GET('/api/events/{id}/attendance', { params: { path: { id } } })),
  });
  const byCity = Object.entries((data?.byCity ?? {}) as Record<string, number>).map(([city, people]) => ({ city, people }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={error} />
      <Row gutter={[16, 16]}>
        {(
          [
            ['events.event.admitted', data?.admitted],
            ['event.attendance', data?.attended],
            ['events.event.mainHall', data?.mainHall],
            ['events.event.beneficiaries', data?.beneficiaries],
          ] as const
        ).map(([label, value]) => (
          <Col key={label} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(label)} value={value ?? '—'} loading={isFetching && value === undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      {manages && <ExportButton path={`/api/events/${id}/attendance.xlsx`} query={{}} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data?.subForums}
            columns={[
              { title: t('events.event.subForums'), dataIndex: 'title' },
              { title: t('event.capacity'), dataIndex: 'capacity' },
              { title: t('event.attendance'), dataIndex: 'attended' },
            ]}
          />
        </Col>
        <Col xs={24} md={12}>
          <Table
            size="small"
            rowKey="city"
            pagination={false}
            dataSource={byCity}
            columns={[
              { title: t('events.event.city'), dataIndex: 'city' },
              { title: t('event.attendance'), dataIndex: 'people' },
            ]}
          />
        </Col>
      </Row>
      {manages && event.kind === 'OUTREACH' && event.status === 'PUBLISHED' && (
        <Card size="small" title={t('events.event.beneficiaries')} style={{ maxWidth: 560 }}>
          <ProblemForm<{ beneficiaries: number; note?: string }>
            form={form}
            name="beneficiaries"
            initialValues={{ beneficiaries: data?.beneficiaries }}
            onSubmit={async (body) => {
              await call(events.PUT('/api/events/{id}/beneficiaries', { params: { path: { id } }, body }));
              await queries.invalidateQueries({ queryKey: ['attendance', id] });
            }}
          >
            <Form.Item name="beneficiaries" label={t('events.event.beneficiaries')} rules={[{ required: true }]}>
              <InputNumber min={0} max={10_000_000} />
            </Form.Item>
            <Form.Item name="note" label={t('events.event.note')} rules={[{ max: 500 }]}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.save')}
            </Button>
          </ProblemForm>
        </Card>
      )}
      <Link to="/events/check-in">{t('event.checkIn')}</Link>
    </Space>
  );
}
