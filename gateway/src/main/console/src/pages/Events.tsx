import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, List, Select, Space, Statistic, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, events } from '../api/client';
import type { components } from '../api/schema/event';
import { ProblemAlert } from '../components/ProblemAlert';
import { ProblemForm } from '../components/ProblemForm';
import { shanghai } from '../components/lists';

type Admission = components['schemas']['Admission'];

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
