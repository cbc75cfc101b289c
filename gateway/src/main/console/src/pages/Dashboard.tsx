import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, InputNumber, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, download, events, experts, funding, publicity, society } from '../api/client';
import { Chart, toData } from '../components/Chart';
import { ProblemAlert } from '../components/ProblemAlert';
import { useEnumLabel, yuan } from '../components/lists';

/** ADMIN's year: each service's `stats?year=` and publicity's year report, side by side. */
export function Dashboard() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [year, setYear] = useState(new Date().getFullYear());
  const [error, setError] = useState<unknown>();
  const q = { params: { query: { year } } };
  const soc = useQuery({ queryKey: ['society-stats', year], queryFn: () => call(society.GET('/api/societies/stats', q)) });
  const fun = useQuery({ queryKey: ['funding-stats', year], queryFn: () => call(funding.GET('/api/funding/stats', q)) });
  const exp = useQuery({ queryKey: ['expert-stats', year], queryFn: () => call(experts.GET('/api/experts/stats', q)) });
  const evt = useQuery({ queryKey: ['event-stats', year], queryFn: () => call(events.GET('/api/events/stats', q)) });
  const rep = useQuery({
    queryKey: ['report', year],
    queryFn: () => call(publicity.GET('/api/publicity/reports/{year}', { params: { path: { year } } })),
  });

  const s = soc.data;
  const grants = fun.data?.grants;
  const figures = Object.entries((rep.data?.figures ?? {}) as Record<string, unknown>);
  const winners = exp.data?.awards?.reduce(
    (sum, a) => sum + Object.values(a.winnersByClass ?? {}).reduce((x, y) => x + y, 0),
    0,
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('dashboard.title', { year })}
        </Typography.Title>
        <label>
          {t('common.year')}{' '}
          <InputNumber aria-label={t('common.year')} min={2000} max={new Date().getFullYear()} value={year} onChange={(v) => v && setYear(v)} />
        </label>
      </Space>
      {[soc, fun, exp, evt, rep].map((r, i) => r.error && <ProblemAlert key={i} error={r.error} />)}
      <Row gutter={[16, 16]}>
        {[
          [t('dashboard.societies'), s?.societies],
          [t('dashboard.active'), s?.byStatus?.ACTIVE],
          [t('dashboard.joined'), s?.joined],
          [t('dashboard.founded'), s?.founded],
          [t('dashboard.partyCoverage'), s?.partyCoverage ? `${s.partyCoverage.percent ?? 0}%` : undefined],
          [t('dashboard.eventsHeld'), evt.data?.held],
          [t('dashboard.attendance'), evt.data?.attendance?.total],
          [t('dashboard.hallSessions'), evt.data?.heldAcademicHallSessions],
          [t('dashboard.experts'), exp.data?.pools?.experts],
          [t('dashboard.awardsWinners'), winners],
          [t('dashboard.proposals'), exp.data?.proposals?.adopted],
          [t('dashboard.disbursed'), grants ? yuan(grants.byCategory?.reduce((x, g) => x + Number(g.disbursed ?? 0), 0)) : undefined],
        ].map(([title, value]) => (
          <Col key={String(title)} xs={12} sm={8} lg={6} xl={4}>
            <Card size="small">
              <Statistic title={title} value={value ?? '—'} loading={value === undefined && soc.isLoading} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.byStatus')} size="small">
            <Chart kind="pie" label={t('dashboard.byStatus')} data={toData(s?.byStatus, label)} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.byHealth')} size="small">
            <Chart kind="pie" label={t('dashboard.byHealth')} data={toData(s?.activeByHealthTier, label)} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={`${t('dashboard.grants')} · ${t('dashboard.committed')}`} size="small">
            <Chart
              kind="bar"
              label={t('dashboard.grants')}
              data={(grants?.byCategory ?? [])
                .map((g) => ({ name: g.label ?? g.code ?? '', value: Number(g.committed ?? 0) }))
                .filter((g) => g.value > 0)}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.byCity')} size="small">
            <Chart kind="bar" label={t('dashboard.byCity')} data={toData(evt.data?.attendance?.byCity)} />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('dashboard.report')}
        size="small"
        extra={
          <Space wrap>
            <Link to="/publicity/report-template">{t('events.nav.reportTemplate')}</Link>
            {(['html', 'docx', 'pdf'] as const).map((kind) => (
              <Button
                key={kind}
                size="small"
                onClick={() => download(`/api/publicity/reports/${year}/report.${kind}`, {}, `report-${year}.${kind}`).catch(setError)}
              >
                {t(`dashboard.report${kind === 'html' ? 'Html' : kind === 'docx' ? 'Docx' : 'Pdf'}`)}
              </Button>
            ))}
          </Space>
        }
      >
        <ProblemAlert error={error} />
        <Table
          size="small"
          rowKey="0"
          loading={rep.isLoading}
          dataSource={figures}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('dashboard.figure'), dataIndex: 0 },
            { title: t('dashboard.value'), dataIndex: 1, render: (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v)) },
          ]}
        />
      </Card>
    </Space>
  );
}
