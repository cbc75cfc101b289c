import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, List, Select, Space, Statistic, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, events } from '../api/client';
import type { components } from '../api/schema/event';
import { ProblemAlert } from '../components/ProblemAlert';
import { ProblemForm } from '../components/ProblemForm';
import { ExportButton, StatusTag, shanghai, useListParams } from '../components/lists';

type Admission = components['schemas']['Admission'];
const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'HELD', 'CANCELLED'] as const;

/** The year's event plans (年度活动计划), by month or by importance. */
export function Plans() {
  const { t } = useTranslation();
  const list = useListParams();
  const year = Number(list.filters.year ?? new Date().getFullYear());
  const sort = list.filters.order === 'importance' ? 'importance' : 'month';
  const { data, error, isFetching } = useQuery({
    queryKey: ['plans', year, sort],
    queryFn: () => call(events.GET('/api/events/plans', { params: { query: { year, sort } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.plans')}</Typography.Title>
      <Form layout="inline" initialValues={{ year, order: sort }} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="order" label="↕">
          <Select
            style={{ minWidth: 120 }}
            options={[
              { value: 'month', label: t('event.plannedMonth') },
              { value: 'importance', label: t('event.importance') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data}
        scroll={{ x: 800 }}
        columns={[
          { title: t('event.plannedMonth'), dataIndex: 'plannedMonth' },
          { title: t('event.title'), dataIndex: 'title' },
          { title: t('event.organiser'), dataIndex: 'societyName' },
          { title: t('event.kind'), dataIndex: 'kindLabel' },
          { title: t('event.expectedAttendance'), dataIndex: 'expectedAttendance' },
          { title: t('event.importance'), dataIndex: 'averageImportance', render: (v?: number) => (v ? v.toFixed(1) : '') },
        ]}
      />
    </Space>
  );
}

/** Events of a year; drafts only for ADMIN and the organisers (the API decides). */
export function Events() {
  const { t } = useTranslation();
  const list = useListParams();
  const year = Number(list.filters.year ?? new Date().getFullYear());
  const status = list.filters.status as (typeof EVENT_STATUSES)[number] | undefined;
  const { data, error, isFetching } = useQuery({
    queryKey: ['events', year, status],
    queryFn: () => call(events.GET('/api/events', { params: { query: { year, status } } })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.events')}</Typography.Title>
      <Form layout="inline" initialValues={{ year, status }} onFinish={list.setFilters} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear style={{ minWidth: 120 }} options={EVENT_STATUSES.map((v) => ({ value: v, label: t(`enum.${v}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      <ProblemAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data}
        scroll={{ x: 900 }}
        columns={[
          { title: t('event.startsAt'), dataIndex: 'startsAt', render: (v) => shanghai(v), sorter: (a, b) => String(a.startsAt).localeCompare(String(b.startsAt)) },
          { title: t('event.title'), dataIndex: 'title' },
          { title: t('event.organiser'), dataIndex: ['organiser', 'name'] },
          { title: t('event.kind'), dataIndex: 'kindLabel' },
          { title: t('event.venue'), dataIndex: 'venue' },
          { title: t('event.session'), dataIndex: 'academicHallSession' },
          { title: t('common.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
          {
            title: t('event.registrations'),
            key: 'export',
            render: (_, e) => <ExportButton path={`/api/events/${e.id}/registrations.xlsx`} query={{}} />,
          },
        ]}
      />
    </Space>
  );
}

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

/** At the door: pick today's event, type or scan a ticket code, Enter checks it in. */
export function CheckIn() {
  const { t } = useTranslation();
  const [eventId, setEventId] = useState<string>();
  const [admitted, setAdmitted] = useState<Admission[]>([]);
  const [form] = Form.useForm<{ ticketCode: string }>();
  const [scanError, setScanError] = useState<string>();
  const video = useRef<HTMLVideoElement>(null);
  const year = new Date().getFullYear();
  const list = useQuery({
    queryKey: ['events', year, 'PUBLISHED'],
    queryFn: () => call(events.GET('/api/events', { params: { query: { year, status: 'PUBLISHED' } } })),
  });
  const attendance = useQuery({
    queryKey: ['attendance', eventId],
    enabled: Boolean(eventId),
    queryFn: () => call(events.GET('/api/events/{id}/attendance', { params: { path: { id: eventId! } } })),
  });

  const checkIn = async ({ ticketCode }: { ticketCode: string }) => {
    const admission = await call(
      events.POST('/api/events/{id}/check-ins', { params: { path: { id: eventId! } }, body: { ticketCode: ticketCode.trim() } }),
    );
    setAdmitted((previous) => [admission, ...previous].slice(0, 20));
    form.resetFields();
    void attendance.refetch();
  };

  const scan = async () => {
    const Detector = (window as unknown as { BarcodeDetector?: new (o: object) => BarcodeDetectorLike }).BarcodeDetector;
    if (!Detector || !navigator.mediaDevices) {
      setScanError(t('event.scanUnsupported'));
      return;
    }
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    const detector = new Detector({ formats: ['qr_code'] });
    const element = video.current!;
    element.srcObject = stream;
    await element.play();
    const look = async () => {
      const [code] = await detector.detect(element);
      if (code) {
        stream.getTracks().forEach((track) => track.stop());
        form.setFieldsValue({ ticketCode: code.rawValue });
        form.submit();
      } else {
        requestAnimationFrame(() => void look());
      }
    };
    void look();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Title level={2}>{t('event.checkIn')}</Typography.Title>
      <ProblemAlert error={list.error} />
      <label htmlFor="check-in-event">{t('event.chooseEvent')}</label>
      <Select
        id="check-in-event"
        aria-label={t('event.chooseEvent')}
        showSearch
        optionFilterProp="label"
        value={eventId}
        onChange={(id) => {
          setEventId(id);
          setAdmitted([]);
        }}
        options={(list.data ?? []).map((e) => ({ value: e.id, label: `${shanghai(e.startsAt).slice(5)} ${e.title}` }))}
        style={{ width: '100%' }}
      />
      {eventId && (
        <Card size="small">
          <Statistic title={t('event.attendance')} value={attendance.data?.attended ?? '—'} suffix={`/ ${attendance.data?.admitted ?? '—'}`} />
          <ProblemForm form={form} name="check-in" onSubmit={checkIn}>
            <Form.Item name="ticketCode" label={t('event.ticketCode')} extra={t('event.ticketHint')} rules={[{ required: true }]}>
              <Input autoFocus autoComplete="off" inputMode="text" size="large" />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" size="large">
                {t('event.checkIn')}
              </Button>
              <Button size="large" onClick={() => void scan().catch((e: Error) => setScanError(e.message))}>
                {t('event.scan')}
              </Button>
            </Space>
          </ProblemForm>
          {scanError && <Alert type="warning" title={scanError} style={{ marginTop: 8 }} />}
          <video ref={video} muted playsInline style={{ width: '100%', maxHeight: 240, display: 'none' }} aria-hidden />
        </Card>
      )}
      <List
        dataSource={admitted}
        renderItem={(a) => (
          <List.Item>
            <Alert
              type="success"
              showIcon
              style={{ width: '100%' }}
              title={`${t('event.checkedIn')}: ${a.name ?? ''}`}
              description={[a.organisation, a.city, a.subForumTitle, shanghai(a.checkedInAt)].filter(Boolean).join(' · ')}
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
